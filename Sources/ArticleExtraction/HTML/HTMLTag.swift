/// The HTML elements extraction cares about; everything else is `.other`.
enum HTMLTag: UInt8, Sendable {
    case text  // a text node, not an element
    case other
    case html, head, body, title, meta, base, link
    case div, p, span, a, img, br, hr, font, b, strong, em, i, u, center, sup, sub, small, big
    case h1, h2, h3, h4, h5, h6
    case table, tbody, thead, tfoot, tr, td, th, caption
    case ul, ol, li, dl, dt, dd
    case article, section, main, header, footer, nav, aside, figure, figcaption, address
    case blockquote, pre, time, form, input, button, select, option, textarea, label, iframe
    case fieldset, legend, object, embed, video, audio, source, picture, svg, canvas, map, area

    private static let byName: [String: HTMLTag] = {
        var map: [String: HTMLTag] = [:]
        for raw in HTMLTag.html.rawValue...HTMLTag.area.rawValue {
            let tag = HTMLTag(rawValue: raw)!
            map[String(describing: tag)] = tag
        }
        return map
    }()

    init(name: String) {
        self = Self.byName[name] ?? .other
    }

    /// Elements that start a new line of text: a text block ends before and after each of them.
    var breaksText: Bool {
        switch self {
        case .div, .p, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6, .table, .tbody, .thead, .tfoot, .tr, .td,
             .th, .caption, .ul, .ol, .li, .dl, .dt, .dd, .article, .section, .main, .header, .footer,
             .nav, .aside, .figure, .figcaption, .address, .blockquote, .pre, .form, .center, .body,
             .html, .title, .fieldset, .legend, .iframe, .select, .textarea, .button, .option, .object,
             .video, .audio, .canvas, .svg, .map:
            true
        default:
            false
        }
    }

    /// Elements whose text is never article text (form controls, embedded media, the `<title>`). Not `<head>`:
    /// on a page that opens without `<html>`, `<head>` and `<body>` (`<!DOCTYPE html><meta charset="UTF-8"><title>…`)
    /// libxml2 keeps the elements it does not know (`<section>`, `<nav>`) in the head it implied, with the whole text.
    var hidesText: Bool {
        switch self {
        case .select, .option, .textarea, .button, .svg, .canvas, .object, .embed, .video, .audio, .map, .iframe,
             .title:
            true
        default:
            false
        }
    }

    var headingLevel: Int {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: 0
        }
    }
}
