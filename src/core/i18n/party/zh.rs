use super::{file_name, stamps, tenths, PartyMsg};
use crate::core::i18n::Count;
use crate::core::parties::{Role, Source, Verdict};
use crate::core::question_set::Lang;
use att_lists::{CsvReason, FileKind, ListError};

pub(crate) fn n(v: usize) -> Count {
    Count::new(Lang::Zh, v)
}

pub(crate) fn source_name(s: Source) -> &'static str {
    match s {
        Source::Un => "联合国安全理事会综合制裁名单",
        Source::OfacSdn => "美国财政部外国资产控制办公室（OFAC）特别指定国民（SDN）名单",
        Source::UsCsl => "美国综合筛查名单（CSL）",
    }
}

pub(crate) fn short(s: Source) -> &'static str {
    match s {
        Source::Un => "联合国",
        Source::OfacSdn => "OFAC SDN",
        Source::UsCsl => "美国 CSL",
    }
}

pub(crate) fn file_kind(k: FileKind) -> &'static str {
    match k {
        FileKind::UnXml => "联合国名单（XML）",
        FileKind::OfacSdn => "OFAC 的 sdn.csv",
        FileKind::OfacAlt => "OFAC 的 alt.csv（别名）",
        FileKind::OfacAdd => "OFAC 的 add.csv（地址）",
        FileKind::UsCsl => "综合筛查名单（CSV）",
    }
}

pub(crate) fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::NotSame => "并非同一交易方",
        Verdict::Escalated => "已上报",
        Verdict::Confirmed => "确认匹配",
    }
}

pub(crate) fn role(r: Role) -> &'static str {
    match r {
        Role::Consignor => "发货人",
        Role::Consignee => "收货人",
        Role::EndUser => "最终用户",
        Role::Broker => "中介商",
        Role::Carrier => "承运人",
        Role::Vessel => "船舶或航空器",
    }
}

pub(crate) fn refused(error: &ListError, files: &[String]) -> String {
    let kept = "已加载的名单保持不变。";
    let why = match error {
        ListError::Empty { index } => format!("{} 是空文件。", file_name(files, *index)),
        ListError::UnknownFormat { index } => format!(
            "{} 不是本工具可读取的名单：联合国综合名单（XML）、OFAC 的 sdn.csv（连同 alt.csv 和 add.csv）或综合筛查名单（CSV）。",
            file_name(files, *index)
        ),
        ListError::NotXml { line, .. } => {
            format!("联合国名单从第 {line} 行起不再是有效的 XML：文件可能已损坏。")
        }
        ListError::Truncated { element, line } => format!(
            "联合国名单在第 {line} 行打开的 {element} 关闭之前就结束了：下载可能未完成。请重新下载。"
        ),
        ListError::MissingElement { element, line } => {
            format!("联合国名单中从第 {line} 行开始的条目缺少 {element}。")
        }
        ListError::Csv { file, line, reason } => match reason {
            CsvReason::FieldCount { expected, found } => format!(
                "{}第 {line} 行有 {found} 个字段，而该格式应有 {expected} 个。",
                file_kind(*file)
            ),
            CsvReason::NotANumber { field, value } => format!(
                "{}第 {line} 行：{field} 为“{value}”，不是数字。",
                file_kind(*file)
            ),
            CsvReason::Syntax { .. } => {
                format!("{}第 {line} 行无法按 CSV 读取。", file_kind(*file))
            }
        },
        ListError::MissingField { file, line, field } => {
            format!("{}第 {line} 行缺少 {field}。", file_kind(*file))
        }
        ListError::Mixed { first, other } => format!(
            "{}和{}是两份不同名单的文件：请分别加载每份名单。",
            file_kind(*first),
            file_kind(*other)
        ),
        ListError::Duplicate { kind } => {
            format!("{}提供了两次：每种文件只需加载一份。", file_kind(*kind))
        }
        ListError::AltWithoutSdn { given } => format!(
            "{}从属于 OFAC 的 sdn.csv：请与 sdn.csv 一起加载。",
            file_kind(*given)
        ),
    };
    format!("名单未加载。{why}{kept}")
}

pub(crate) fn text(msg: &PartyMsg) -> String {
    match msg {
        PartyMsg::ListsHeading => "用于交易方筛查的制裁名单".into(),
        PartyMsg::ListsHelp => "请加载您从各名单官方网站下载的名单；此后，每批货物的每个交易方都将与这些名单比对筛查。文件保留在本设备上：本工具从不向任何地方发送名称，从不下载名单，也不自带任何名单。筛查结果的时效取决于您加载的文件：名单更新后，请重新加载。".into(),
        PartyMsg::LoadFiles => "加载名单文件（OFAC 名单请同时加载 sdn.csv、alt.csv 和 add.csv）".into(),
        PartyMsg::NoList => "未加载名单：不对交易方进行筛查。".into(),
        PartyMsg::SourceName(s) => source_name(*s).into(),
        PartyMsg::SourceWhere(s) => match s {
            Source::Un => "来自安全理事会网站：XML 格式的综合名单（consolidated.xml）。",
            Source::OfacSdn => "来自美国财政部的制裁名单服务（Sanctions List Service）：旧版 CSV 文件 sdn.csv、alt.csv 和 add.csv。",
            Source::UsCsl => "来自 trade.gov：CSV 格式的综合筛查名单（consolidated.csv）。",
        }
        .into(),
        PartyMsg::Dated { date: Some(d), own: true } => format!("名单生成日期：{d}"),
        PartyMsg::Dated { date: Some(d), own: false } => {
            format!("文件日期：{d}（名单本身未注明日期）")
        }
        PartyMsg::Dated { date: None, .. } => "未注明日期".into(),
        PartyMsg::Entries { entries, names } => {
            format!("{} 个条目，{} 个名称（含别名）", n(*entries), n(*names))
        }
        PartyMsg::Replace => "用较新的文件替换".into(),
        PartyMsg::Remove => "移除".into(),
        PartyMsg::Reading => "正在读取名单…".into(),
        PartyMsg::Loaded(s) => format!("已加载：{}。", source_name(*s)),
        PartyMsg::Refused { error, files } => refused(error, files),
        PartyMsg::WorkerFailed(_) => "本工具中读取名单和筛查名称的部分未能启动，或已停止运行。请重新加载页面后重试；您的名单和工作均已保留。".into(),
        PartyMsg::NotKept => "名单已在本次访问中加载，但此浏览器拒绝保存（存储空间已满或不允许存储）：下次请重新加载。".into(),
        PartyMsg::Threshold => "匹配阈值（0–100）".into(),
        PartyMsg::ThresholdHelp => "名称得分达到阈值即为可能匹配。阈值越低，找到的变体越多，误报也越多；默认值 85 的依据见指南。该阈值适用于所有筛查。".into(),
        PartyMsg::UsBinds => "美国法律对我或货物具有约束力（美国人、原产于美国的物项或受《出口管理条例》（EAR）管辖的物项）".into(),
        PartyMsg::UsBindsHelp => "联合国安全理事会的指认对所有国家都有约束力：一经确认与联合国名单匹配，即应停止该批货物。与美国名单确认匹配时，只有勾选此项才会停止货物；否则需进一步查询。此项记录在每一份导出文件中。".into(),
        PartyMsg::DecisionsHeading => "对可能匹配的决定".into(),
        PartyMsg::NoDecisions => "尚未记录任何决定。".into(),
        PartyMsg::Revoke => "撤销".into(),
        PartyMsg::DecisionLine { name, source, reference, listed_name, verdict: v, reason, decided_on, list_date } => {
            let mut s = format!(
                "“{name}”与 {} {reference}“{listed_name}”：{}",
                short(*source),
                verdict(*v)
            );
            if !reason.is_empty() {
                s.push_str(&format!("（“{reason}”）"));
            }
            s.push_str(&format!("，{decided_on}"));
            if let Some(d) = list_date {
                s.push_str(&format!("，名单日期 {d}"));
            }
            s
        }
        PartyMsg::PartiesHeading => "交易方筛查".into(),
        PartyMsg::NotScreened => "未筛查：请在名单面板中加载制裁名单。".into(),
        PartyMsg::Screening => "正在筛查…".into(),
        PartyMsg::NoMatch => "无可能匹配。".into(),
        PartyMsg::Match { matched_name, source, reference, score_tenths } => format!(
            "可能匹配：“{matched_name}”，{} {reference}，得分 {}",
            short(*source),
            tenths(*score_tenths, '.')
        ),
        PartyMsg::ListedName => "列名名称".into(),
        PartyMsg::Programmes => "制裁制度或项目".into(),
        PartyMsg::ListedOn => "列名日期".into(),
        PartyMsg::SubList => "CSL 中的子名单".into(),
        PartyMsg::MatchedAlias => "匹配的名称".into(),
        PartyMsg::MatchedTokens => "配对的词语".into(),
        PartyMsg::MatchedIdentifier => "完全一致的标识号".into(),
        PartyMsg::VerdictName(v) => verdict(*v).into(),
        PartyMsg::Reason => "理由（选择“并非同一交易方”时必填）".into(),
        PartyMsg::ReasonRequired => "请说明其并非被列名方的理由（例如出生日期、注册号码或地址不同）。".into(),
        PartyMsg::Decided { verdict: v, reason, decided_on, list_date } => {
            let mut s = format!("{}（{decided_on} 决定", verdict(*v));
            if let Some(d) = list_date {
                s.push_str(&format!("，依据 {d} 的名单"));
            }
            s.push('）');
            if !reason.is_empty() {
                s.push_str(&format!("：“{reason}”"));
            }
            s
        }
        PartyMsg::ScreenAll => "筛查所有交易方".into(),
        PartyMsg::Cancel => "取消".into(),
        PartyMsg::Progress { done, total } => format!("正在筛查交易方：已完成 {} 批货物，共 {} 批", n(*done), n(*total)),
        PartyMsg::Cancelled { done, total } => format!(
            "筛查已取消，已完成 {} 批货物（共 {} 批）；其余货物保留此前的筛查结果。",
            n(*done),
            n(*total)
        ),
        PartyMsg::Done { shipments, newly } => format!(
            "所有交易方均已筛查：{} 批货物存在可能匹配，其中 {} 批是自上次筛查以来新出现的。",
            n(*shipments),
            n(*newly)
        ),
        PartyMsg::OpenMatches => "待处理的匹配".into(),
        PartyMsg::NewMatches => "新".into(),
        PartyMsg::Evidence(e) => {
            let who = format!("{}“{}”", role(e.role), e.name);
            let entry = format!(
                "{} {}“{}”（匹配名称“{}”，得分 {}）",
                short(e.source),
                e.reference,
                e.listed_name,
                e.matched_name,
                tenths(e.score_tenths, '.')
            );
            let date = e.list_date.as_ref().map(|d| format!("，名单日期 {d}")).unwrap_or_default();
            match e.verdict {
                Some(Verdict::Confirmed) if e.binding => {
                    format!("{who}：已确认匹配 {entry}{date}。")
                }
                Some(Verdict::Confirmed) => format!(
                    "{who}：已确认匹配 {entry}{date}；您尚未表明此名单所依据的法律对您具有约束力。"
                ),
                Some(Verdict::Escalated) => {
                    format!("{who}：可能匹配 {entry}{date}；已上报，尚未作出决定。")
                }
                _ => format!("{who}：可能匹配 {entry}{date}；尚未作出决定。"),
            }
        }
        PartyMsg::Cleared(c) => format!(
            "已按阈值 {} 对照 {} 筛查 {} 个交易方名称：没有尚未处理的可能匹配。",
            tenths(c.threshold_tenths, '.'),
            stamps(c, short),
            n(c.parties)
        ),
        PartyMsg::RoleName(r) => role(*r).into(),
    }
}
