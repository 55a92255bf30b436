import TopicsCore
/// How long the answer took, in working days, against a deadline.
public struct Timeliness: Sendable, Equatable {
    public var asked: CalendarDay
    public var answered: CalendarDay
    /// Working days after the day the message was left up to and including the day of the reply.
    public var workingDays: Int
    public var calendarDays: Int
    public var deadlineDays: Int
    /// `workingDays <= deadlineDays`.
    public var onTime: Bool
    /// The holiday table covers both years (else only weekends were taken off).
    public var holidaysKnown: Bool
    /// Where the reply date came from: `field` (the record's reply date) or `text` (the date the reply is signed with).
    public var answeredFrom: String

    public init(asked: CalendarDay, answered: CalendarDay, workingDays: Int, deadlineDays: Int, holidaysKnown: Bool, answeredFrom: String) {
        self.asked = asked; self.answered = answered; self.workingDays = workingDays
        calendarDays = answered.ordinal - asked.ordinal
        self.deadlineDays = deadlineDays
        onTime = workingDays <= deadlineDays
        self.holidaysKnown = holidaysKnown
        self.answeredFrom = answeredFrom
    }
}
