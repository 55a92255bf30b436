/// The phrases reply analysis looks for, one list per thing it finds. Chosen from how Chinese
/// government replies are written (the 12345 and 问政 replies, 提案办理答复), not learned.
enum ReplyCues {
    static let acknowledgement = Cue.list("收悉 已收到 收到您 来信收到 您好 你好 感谢您 谢谢您 感谢你 谢谢你 首先感谢")

    static let facts = Cue.list("""
        经调查 经核实 经核查 经查 据查 经了解 据了解 调查核实 调查处理 现场核实 现场查看 现场检查 现场调查 现场勘查 现场查勘 \
        实地查看 实地察看 实地勘察 实地调查 核查 查明 检查发现 调查发现 经询问 经检测 经排查 经现场 不属实 基本属实 情况属实 \
        基本情况 经审查 经复核 进行了检查 进行了核查 进行了调查 经走访
        """)

    static let measures = Cue.list("""
        责令 督促 整改 约谈 处罚 依法查处 予以查处 立案 拆除 取缔 停工 暂停 清理 维修 修复 更换 安装 下一步 我们将 我局将 我委将 \
        我单位将 我办将 将进一步 将继续 将加强 将于 将尽快 将及时 已安排 已组织 已协调 已要求 已责令 已督促 已完成 已对 已于 \
        计划 拟 正在 启动 开展 加强 落实 纳入 争取 协调 召开 组织 部署 推进 要求
        """)

    /// How the title of a law, regulation or official document ends (《…条例》, 《关于…的通知》);
    /// other 《…》 titles (《问政西地省》, a column; a newspaper) are not rules.
    static let documentTitleEndings = Cue.list("""
        法 条例 规定 办法 通知 意见 方案 标准 规划 细则 决定 规范 准则 制度 纲要 目录 清单 批复 函 公告 通告 纪要 备忘录 \
        规则 守则 指南 要点 计划 报告 决议 措施 章程 许可证 合同 协议 规程 导则 说明 政策
        """)

    /// Forwarding: the reply passes the message on instead of handling it.
    static let forwarding = Cue.list("已转 转交 转至 转有关 转相关 转给 转到 转办 交由 转送 移交")

    static let basisVerbs = Cue.list("根据 依据 依照 按照 遵照")
    static let basisObjects = Cue.list("规定 条例 法律 法规 文件 政策 办法 通知 意见 标准 细则 规范 规划 方案 要求 精神 法》")

    static let contact = Cue.list("""
        电话 联系 咨询 热线 来电 来访 回访 如有疑问 如有其他 如还有 如您还有 如有异议 如有不同 如对 欢迎您 跟踪 后续 \
        再向您回复 及时回复 及时告知 及时反馈 再予以答复 另行答复
        """)

    /// Endings of the name of an answering unit in a signature line.
    static let unitEndings = Cue.list("""
        人民政府 政府 管理局 局 委员会 委 办公室 办事处 办 中心 公司 集团 指挥部 管委会 街道 分局 支队 大队 所 院 站 社区 村委会 乡 镇 支行 银行
        """)

    /// Endings of a unit named in the text (longest first: 人民政府 before 政府).
    static let namedUnitEndings = Cue.list("""
        人民政府 街道办事处 办事处 办公室 委员会 管委会 指挥部 管理局 管理处 管理所 分局 支队 大队 中心 政府 局 委
        """)

    /// Characters that, right after a unit ending, show it is part of another word (委员, 委托, 局长, 局面).
    static let notAfterUnitEnding: Set<UInt32> = Set("员托屈婉长面势部".unicodeScalars.map(\.value))

    /// Characters of sentences, not of a unit's name (已责成, 向我局, 是县委, 对此): a run holding one is not a unit.
    static let notInUnitName: Set<UInt32> = Set("已向我是的对此和及在将由被为把责您你其该本贵".unicodeScalars.map(\.value))

    /// Endings that need a name between the place and themselves (镇中心 is a town centre, not a unit).
    static let endingsNeedingAName: Set<String> = ["中心"]

    static let reasons = Cue.list("因为 由于 因此 所以 原因 鉴于 为了 因而 从而 否则 导致 目的是 考虑到 据此 为此 故此 以便 由此 以免 以确保 造成")

    /// Sentences made of these alone are boilerplate: greetings, acknowledgement, thanks, forwarding, the announcement of the answer.
    static let boilerplate = Cue.list("""
        您好 你好 收悉 已收到 感谢 谢谢 已转 转交 转至 转有关 转相关 转给 转办 回复如下 答复如下 答复如下 现回复 现答复 \
        现将有关情况 支持 理解 关心 关注 监督 祝您 敬请 请耐心等待 待核实后 予以答复 予以回复 调查核处 核查办复 调查处理
        """)
}
