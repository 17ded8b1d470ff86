//! 中文 (Chinese, simplified).

use super::{lang_name, Msg};
use crate::core::backup::Part;
use crate::core::export::{ImportError, Integrity};
use crate::core::export_format::ExportFormat;
use crate::core::json_error::{Expected, JsonError, Kind as JsonKind, MAX_DEPTH};

use crate::core::assessment::{DetailField, Field, Status};
use crate::core::batch::{Delimiter, Encoding, Format, ReadError, RowProblem};
use crate::core::custom::{CustomSetError, MAX_BYTES};
use crate::core::cut::{Cut, CutField, Whose};
use crate::core::question_set::{Mode, ModuleKind, Severity, FORMAT_VERSION};
use crate::core::register::TextField;
use crate::core::rules::Document;
use crate::core::saved::{LoadError, SavedPart};
use crate::core::screening::Level;
use crate::core::shipment::{Category, DocStatus};
use crate::core::summary::Filter;

use crate::core::role::Role;
use crate::core::validate::{Location, Problem, ProblemKind, SectionRef};
use crate::core::xlsx_error::XlsxError;

pub(crate) fn load_error(e: &LoadError) -> String {
    match e {
        LoadError::Malformed(e) => format!("该数据不是有效的已保存评估：{}", json_error(e)),
        LoadError::NotAnAssessment => "该数据不是本工具保存的评估".into(),
        LoadError::UnsupportedVersion(v) => {
            format!("该数据以第 {v} 版格式保存，本版本工具无法读取")
        }
        LoadError::Missing => "部分数据缺失（仅保存了一部分）".into(),
    }
}

pub(crate) fn text(msg: &Msg) -> String {
    match msg {
        Msg::Party(m) => super::party::old_text(crate::core::question_set::Lang::Zh, m),
        Msg::AppTitle => "《武器贸易条约》尽职调查清单".into(),
        Msg::Progress { answered, total } => format!("已回答 {answered} / {total}"),
        Msg::StatusLabel(s) => match s {
            Status::InPlace => "已落实",
            Status::PartlyInPlace => "部分落实",
            Status::NotInPlace => "未落实",
            Status::NotApplicable => "不适用",
            Status::Unsure => "不确定",
        }
        .into(),
        Msg::ToInvestigate => "待核查".into(),
        Msg::Note => "备注".into(),
        Msg::Guidance => "指导".into(),
        Msg::Articles(list) => format!("条约条款：{list}"),
        Msg::Language => "语言".into(),
        Msg::LangName(l) => lang_name(*l),
        Msg::Modules => "模块".into(),
        Msg::RolesHeading => "谁在使用？".into(),
        Msg::RolesLead => "选择您要做的事，小组件会打开相应的模块。您可以随时更改。".into(),
        Msg::RoleName(role) => match role {
            Role::Programme => "出口商或制造商",
            Role::Logistics => "物流企业",
            Role::Reader => "阅读指导",
        }
        .into(),
        Msg::RoleHint(role) => match role {
            Role::Programme => "对照尽职调查措施评估贵方的内部合规方案，并将差距转化为行动计划。",
            Role::Logistics => "对照承运人、货运代理、船务代理和报关行的危险信号，逐票或分批筛查货物。",
            Role::Reader => "阅读资源和工作文件的指导内容，无需作任何评估。",
        }
        .into(),
        Msg::RolesSkip => "跳过".into(),
        Msg::ModuleName(m) => match m {
            ModuleKind::Programme => "合规方案自我评估",
            ModuleKind::Screening => "货物危险信号",
            ModuleKind::Gbv74 => "第7条第(4)款 基于性别的暴力",
            ModuleKind::Reassessment => "重新评估（第7条第(7)款）",
            ModuleKind::Resources => "参考资料",
        }
        .into(),
        Msg::Severity(s) => match s {
            Severity::Stop => "停止：不得继续，提交主管部门",
            Severity::Inquire => "查询：继续之前须予以澄清",
            Severity::Context => "背景：提高审查力度",
        }
        .into(),
        Msg::Modes(ms) => format!(
            "运输方式：{}",
            ms.iter().map(|m| mode_name(*m)).collect::<Vec<_>>().join("、")
        ),
        Msg::Step(n) => format!("第{n}步"),
        Msg::Inquiry => "应询问的问题".into(),
        Msg::Sources => "来源".into(),
        Msg::SeedSource { section, lines } => {
            format!("{section}（源文件第 {}-{} 行）", lines[0], lines[1])
        }
        Msg::PublicSource { title, reference } => {
            format!("{title}，{reference}（公开清单，非《武器贸易条约》案文）")
        }
        Msg::CustomSetLoad => "加载您自己的问题集（JSON）".into(),
        Msg::CustomSetLoaded(title) => format!("已加载问题集“{}”。", title.zh),
        Msg::CustomSetRejected(e) => format!(
            "未加载该问题集：{}。其他内容均未改变。",
            super::old_custom_set_error(crate::core::question_set::Lang::Zh, e)
        ),
        Msg::CustomSetIdTaken(id) => {
            format!("未加载该问题集：其标识“{id}”已被内置问题集使用。")
        }
        Msg::FileUnreadable => "无法读取该文件。内容均未改变。".into(),
        Msg::CustomBadge => "自定义".into(),
        Msg::Assessment => "评估".into(),
        Msg::NewAssessment => "新建评估".into(),
        Msg::Rename => "重命名".into(),
        Msg::Duplicate => "复制".into(),
        Msg::Delete => "删除".into(),
        Msg::Save => "保存".into(),
        Msg::Cancel => "取消".into(),
        Msg::AssessmentNumber(n) => format!("评估 {n}"),
        Msg::CopyOf(name) => format!("{name}（副本）"),
        Msg::AssessmentName => "评估名称".into(),
        Msg::ConfirmDelete(name) => format!("删除“{name}”及其全部回答？此操作无法撤销。"),
        Msg::AssessmentActions => "评估操作".into(),
        Msg::DetailsHeading => "评估信息".into(),
        Msg::Detail(d) => match d {
            DetailField::Organisation => "组织",
            DetailField::Assessor => "评估人",
            DetailField::Date => "评估日期",
            DetailField::Scope => "范围（业务部门、产品、期间）",
        }
        .into(),
        Msg::Evidence => "证据（仅填写出处，不上传文件）".into(),
        Msg::FieldLabel(f) => match f {
            Field::Note => "备注",
            Field::EvidenceDocument => "文件",
            Field::EvidenceDate => "文件日期",
            Field::EvidenceLocation => "存放位置",
            Field::Owner => "负责人",
            Field::Due => "目标日期",
        }
        .into(),
        Msg::GapPlan => "该差距的行动计划".into(),
        Msg::Filter => "显示".into(),
        Msg::FilterName(f) => match f {
            Filter::All => "全部条目",
            Filter::Unanswered => "未回答",
            Filter::Gaps => "差距",
        }
        .into(),
        Msg::View => "视图".into(),
        Msg::ViewChecklist => "清单".into(),
        Msg::ViewSummary => "摘要和行动计划".into(),
        Msg::Sections => "章节".into(),
        Msg::NothingToShow => "没有符合此筛选条件的条目。".into(),
        Msg::SummarySections => "各章节状态".into(),
        Msg::SummaryActionPlan => "行动计划：差距".into(),
        Msg::SummaryNotApplicable => "标记为不适用的条目".into(),
        Msg::NoGaps => "未记录任何差距。".into(),
        Msg::NoNotApplicable => "没有标记为不适用的条目。".into(),
        Msg::ColSection => "章节".into(),
        Msg::ColItem => "条目".into(),
        Msg::ColStatus => "状态".into(),
        Msg::ColAnswered => "已回答".into(),
        Msg::ColGaps => "差距".into(),
        Msg::ColOwner => "负责人".into(),
        Msg::ColDue => "目标日期".into(),
        Msg::ColReason => "理由".into(),
        Msg::Unassigned => "未填写".into(),
        Msg::SetChanged { from, to, new_items, retired } => format!(
            "自上次回答本评估以来，本清单已从 {from} 版更新为 {to} 版：新增 {new_items} 个待回答条目；\
             {retired} 个已回答条目已不在清单中（其回答仍保留在下方）。"
        ),
        Msg::RetiredAnswers(list) => format!("已停用条目的回答仍保留：{list}"),
        Msg::SheetSummary => "摘要".into(),
        Msg::SheetShipments => "货物".into(),
        Msg::ExportShipment => "导出此货物（JSON）".into(),
        Msg::SheetItems => "条目".into(),
        Msg::XlsxFailed(e) => format!("无法生成电子表格：{}", xlsx_failure(e)),
        Msg::XlsxCut(cuts) => format!(
            "已导出。有 {} 处文本超出电子表格单元格的容量，已截断（以 […] 标出）：{}。",
            super::Count::new(super::Lang::Zh, cuts.len()),
            super::cut_list(cuts, cut_place, "；", |m| format!("另有 {} 处", super::Count::new(super::Lang::Zh, m))),
        ),
        Msg::Fingerprint => "指纹（导出内容的 SHA-256）".into(),
        Msg::AllAnswers => "全部回答".into(),
        Msg::NotAnswered => "未回答".into(),
        Msg::ChartHeading => "概览".into(),
        Msg::ChartOverall => "整个合规方案".into(),
        Msg::ChartFindings => "按筛查结论统计的货物".into(),
        Msg::ChartText { title, parts, total } => {
            let count = |n: usize| super::Count::new(crate::core::question_set::Lang::Zh, n);
            let parts: Vec<String> = parts.iter().map(|(label, n)| format!("{label}：{}", count(*n))).collect();
            if parts.is_empty() {
                format!("{title}——合计：{}。", count(*total))
            } else {
                format!("{title}——{}。合计：{}。", parts.join("；"), count(*total))
            }
        }
        Msg::ExportAs => "导出".into(),
        Msg::ExportFormat(f) => match f {
            ExportFormat::Json => "JSON（可重新导入）",
            ExportFormat::Csv => "CSV（电子表格）",
            ExportFormat::Markdown => "Markdown（摘要）",
            ExportFormat::Xlsx => "Excel 工作簿（XLSX）",
            ExportFormat::Html => "可打印报告（HTML）",
        }
        .into(),
        Msg::Import => "导入评估（JSON）".into(),
        Msg::ImportPreview { name, organisation, answered, total } => format!(
            "文件：“{name}”{}，已回答 {answered} / {total} 个条目。",
            if organisation.is_empty() { String::new() } else { format!("（{organisation}）") }
        ),
        Msg::ImportIntegrity(i) => match i {
            Integrity::Intact => "指纹一致：文件与导出时相同。",
            Integrity::Altered => "警告：指纹不一致。该文件在导出后被修改过。",
            Integrity::Unsigned => "该文件没有指纹，因此无法核对。",
        }
        .into(),
        Msg::ImportSetDiffers => "文件中的清单与本工具中的清单不同（标识相同，内容不同）。".into(),
        Msg::ImportMigrated(v) => format!("已从第 {v} 版格式读取并转换。"),
        Msg::ImportAsNew => "作为新评估添加".into(),
        Msg::ImportReplace => "替换当前打开的评估".into(),
        Msg::ImportedName => "导入的评估".into(),
        Msg::ImportDone(name) => format!("已导入“{name}”。"),
        Msg::ImportFailed(e) => format!("未导入该文件：{}。您当前的工作未受影响。", import_error(e)),
        Msg::Acknowledge => "知道了".into(),
        Msg::Register => "已筛查货物登记册".into(),
        Msg::NewShipment => "筛查新的货物".into(),
        Msg::NewShipmentReference(n) => format!("货物 {n}"),
        Msg::OpenShipment(r) => format!("打开 {r}"),
        Msg::BackToRegister => "返回登记册".into(),
        Msg::RemoveShipment => "从登记册中移除".into(),
        Msg::ConfirmRemoveShipment(r) => format!("移除货物“{r}”及其筛查记录？此操作无法撤销。"),
        Msg::ShipmentRecord => "货物记录".into(),
        Msg::ShipmentField(f) => match f {
            TextField::Reference => "编号",
            TextField::Date => "日期",
            TextField::Consignor => "发货人",
            TextField::Consignee => "收货人",
            TextField::EndUser => "申报的最终用户",
            TextField::EndUse => "申报的最终用途",
            TextField::Destination => "目的地国",
            TextField::Description => "物项说明",
            TextField::Quantity => "数量",
            TextField::Value => "价值",
            TextField::Exemption => "所依据的禁运豁免或委员会批准",
            TextField::Broker => "中介商或其他中间方",
            TextField::Carrier => "承运人（航运公司、航空公司、公路承运商）",
            TextField::Vessel => "船舶或航空器（名称、IMO编号）",
        }
        .into(),
        Msg::ModeLabel => "运输方式".into(),
        Msg::ModeName(m) => mode_name(*m).into(),
        Msg::Unknown => "不详".into(),
        Msg::CategoryLabel => "物项类别".into(),
        Msg::CategoryName(c) => match c {
            Category::BattleTanks => "作战坦克",
            Category::ArmouredCombatVehicles => "装甲战斗车",
            Category::LargeCalibreArtillery => "大口径火炮系统",
            Category::CombatAircraft => "作战飞机",
            Category::AttackHelicopters => "攻击直升机",
            Category::Warships => "军舰",
            Category::MissilesAndLaunchers => "导弹和导弹发射器",
            Category::SmallArmsLightWeapons => "小武器和轻武器",
            Category::Ammunition => "弹药（第3条）",
            Category::PartsComponents => "零部件（第4条）",
        }
        .into(),
        Msg::TransitLabel => "过境和转运地点（以 ; 分隔）".into(),
        Msg::DocumentsHeading => "已查看的文件".into(),
        Msg::DocumentName(d) => match d {
            Document::EndUserCertificate => "最终用户证书",
            Document::ExportLicence => "出口许可证",
            Document::TransportDocuments => "运输单据",
        }
        .into(),
        Msg::DocStatusName(d) => match d {
            DocStatus::NotSeen => "未查看",
            DocStatus::Seen => "已查看，未核实",
            DocStatus::Verified => "已核实",
        }
        .into(),
        Msg::Indicators => "危险信号".into(),
        Msg::CheckPresent => "存在".into(),
        Msg::CheckNotPresent => "不存在".into(),
        Msg::CheckNotChecked => "未核查".into(),
        Msg::RuleContains { value, word } => format!("“{value}”包含“{word}”"),
        Msg::AutomaticRule(detail) => format!("自动核查：{detail}"),
        Msg::FindingHeading => "筛查结论".into(),
        Msg::FindingTitle(l) => format!("筛查结论：{}", text(&Msg::LevelName(*l))),
        Msg::LevelName(l) => match l {
            Level::Stop => "停止",
            Level::Inquire => "查询",
            Level::Incomplete => "未完成",
            Level::NoRedFlags => "未发现危险信号",
        }
        .into(),
        Msg::LevelExplain(l) => match l {
            Level::Stop => "不得继续。请将该货物提交主管部门。",
            Level::Inquire => "存在危险信号。继续之前须予以澄清。",
            Level::Incomplete => "尚未核查所有适用的指标。",
            Level::NoRedFlags => "所有适用的指标均已核查，均不存在。",
        }
        .into(),
        Msg::NotApproval => "这是筛查结论，而不是批准或许可决定。".into(),
        Msg::DrivenBy => "依据".into(),
        Msg::QuestionsToAsk => "应询问的问题".into(),
        Msg::ContextNoted => "已注意的背景情况（提高审查力度）".into(),
        Msg::UncheckedCount(n) => format!("{n} 项适用指标未核查"),
        Msg::OverridingRiskFound => "第7条第(4)款评估认定存在高于一切的风险。".into(),
        Msg::FilterByFinding => "筛查结论".into(),
        Msg::AllFindings => "全部结论".into(),
        Msg::RowsShown { shown, total } => format!("共 {total} 批货物，显示 {shown} 批"),
        Msg::SortAdded => "添加顺序".into(),
        Msg::SortBy => "排序".into(),
        Msg::Gbv74Heading => "第7条第(4)款：基于性别的暴力行为和暴力侵害妇女和儿童行为".into(),
        Msg::Gbv74Intro => "请按顺序完成六个步骤。先考虑缓解措施（第5步），再判断是否存在高于一切的风险（第6步）；如存在高于一切的风险，则不得进行该转让。".into(),
        Msg::CompleteStep(n) => format!("第{n}步已完成"),
        Msg::ReopenStep(n) => format!("重新打开第{n}步"),
        Msg::StepDone => "已完成".into(),
        Msg::StepLocked => "请先完成此前的步骤。".into(),
        Msg::MitigationQuestion => "缓解措施或其他方法能否妥善且显著降低该风险？".into(),
        Msg::OverridingQuestion => "第4步中确定的消极后果是否存在“高于一切的风险”？".into(),
        Msg::Yes => "是".into(),
        Msg::No => "否".into(),
        Msg::BatchImport => "批量筛查（CSV 或 Excel 文件）".into(),
        Msg::BatchTemplate => "下载 CSV 模板".into(),
        Msg::BatchMapping => "每一列对应哪个字段？".into(),
        Msg::BatchIgnore => "（忽略此列）".into(),
        Msg::BatchScreen => "筛查这些行".into(),
        Msg::BatchReading => "正在读取文件…".into(),
        Msg::BatchUnreadable(e) => read_error(e),
        Msg::BatchTooLarge { bytes, limit } => {
            let s = |b: u64| super::size(b, ".", ["B", "KB", "MB", "GB", "TB"]);
            format!("该文件大小为 {}；批量文件最大为 {}。请将其拆分为较小的文件。", s(*bytes), s(*limit))
        }
        Msg::BatchWorkerFailed(_) => "无法在此浏览器中启动文件读取程序，文件未被读取。请重新加载页面后重试。".into(),
        Msg::BatchFormat(f) => match f {
            Format::Csv { encoding, delimiter, .. } => format!("按 CSV 读取：编码为 {}，字段以{}分隔。", encoding_name(*encoding), separated_by(*delimiter)),
            Format::Xlsx { sheet, sheets } => {
                let first = format!("从工作簿的第一个工作表“{sheet}”读取。");
                if *sheets > 1 { first + &format!("该工作簿共有 {sheets} 个工作表，只读取第一个。") } else { first }
            }
        },
        Msg::BatchDelimiter => "字段分隔符".into(),
        Msg::DelimiterName(d) => match d {
            Delimiter::Comma => "逗号（,）",
            Delimiter::Semicolon => "分号（;）",
            Delimiter::Tab => "制表符",
        }
        .into(),
        Msg::TechnicalDetails => "技术细节".into(),
        Msg::TryAgain => "重试".into(),
        Msg::BatchResult { screened, rejected } => format!("已筛查 {screened} 行并加入登记册；{rejected} 行未筛查（见下文）。"),
        Msg::RowError { line, problem, .. } => format!("第 {line} 行：{}", row_problem(problem)),
        Msg::ReferenceLists => "自动核查所用的参考清单".into(),
        Msg::JurisdictionsHeading => "对贵方有约束力的禁运".into(),
        Msg::JurisdictionsHelp => "联合国安全理事会的禁运对所有国家都有约束力，始终计入。请勾选其法律对贵方有约束力的每一个法域（因为贵方、贵公司或货物受其管辖）：其禁运随即与联合国禁运同样计入，其他禁运仅作为背景显示。您的选择会被记住，并记录在每一份导出文件中。".into(),
        Msg::JurisdictionsCounted(names) => format!("计入的禁运：{names}"),
        Msg::UnSecurityCouncil => "联合国安全理事会".into(),
        Msg::ListAsOf(d) => format!("信息截至 {d}"),
        Msg::ExportedOn(d) => format!("导出日期：{d}"),
        Msg::ListEntries(n) => format!("{n} 个条目"),
        Msg::ListRemoveEntry(name) => format!("移除 {name}"),
        Msg::ListAddEntry => "添加条目".into(),
        Msg::ListEntryName => "名称".into(),
        Msg::ListEntryAliases => "其他名称和代码（以 ; 分隔）".into(),
        Msg::ListsChanged => "正在使用您编辑的清单；所有货物已重新筛查。".into(),
        Msg::ImportRegister => "导入登记册（JSON），添加到当前登记册".into(),
        Msg::RegisterImported { shipments, integrity } => format!("已导入 {} 批货物并重新筛查。{}", super::Count::new(super::Lang::Zh, *shipments), text(&Msg::ImportIntegrity(*integrity))),
        Msg::ChangedInAnotherTab => "此工作已在另一个标签页或窗口中修改；您现在看到的内容已包含这些修改。".into(),
        Msg::OpeningStorage => "正在打开您保存的工作……".into(),
        Msg::PartLoading => "正在加载本部分……".into(),
        Msg::PartUnavailable => "无法加载本部分：网络连接可能已中断，或网站已不再提供此版本。您的工作已保留。请重试，或重新加载页面。".into(),
        Msg::StorageWrittenBack => "在此页面打开期间，浏览器中本网站存储的数据被清除。屏幕上的工作已重新保存。".into(),
        Msg::StorageNewer => "此浏览器中保存的工作由本工具的较新版本写入，或刚刚在另一个标签页中打开了较新版本。为确保其安全，此页面不再保存任何内容：请导出屏幕上的内容，然后重新加载页面。".into(),
        Msg::StorageUnavailable => {
            "此浏览器不允许本工具保存您的工作。关闭本页前您的回答仍在页面上：请在离开前导出。"
                .into()
        }
        Msg::StorageFull => {
            "浏览器存储空间已满，您最近的修改未能保存。请立即导出您的工作，然后释放一些空间。"
                .into()
        }
        Msg::SavedWorkUnreadable(e) => format!(
            "无法读取您已保存的工作：{}。原数据已原样保留；您将从空白评估开始。",
            load_error(e)
        ),
        Msg::SavedPartUnreadable(part, e) => format!(
            "{}{}已保存的数据已原样另存。",
            match part {
                SavedPart::ListEdits => "无法读取您已保存的参考清单编辑，现使用内置清单。",
                SavedPart::Jurisdictions => "无法读取您已保存的法域选择，现仅计入联合国安全理事会的禁运。",
                SavedPart::PartyDecisions => "无法读取您已保存的对可能匹配的决定，这些匹配显示为未决定。",
            },
            match e {
                LoadError::UnsupportedVersion(_) => "这些数据由更新版本的工具保存。",
                _ => "这些数据不是本工具保存的格式。",
            }
        ),
        Msg::TranslationForReview => "待审校译文：此文本尚未经审校人员对照英文核对。".into(),
        Msg::LanguagePackFailed(l) => format!("无法加载{}文本，现以英文显示。", lang_name(*l)),
        Msg::YourData => "您的数据".into(),
        Msg::YourDataIntro => "您的工作只保存在本设备的此浏览器中。完整备份是一个包含全部内容的文件（评估、货物登记册、清单修改、管辖范围、自定义问题集和界面语言）：请妥善保存，可在此处或另一浏览器中恢复。".into(),
        Msg::BackupDownload => "下载完整备份".into(),
        Msg::BackupRestore => "从备份恢复".into(),
        Msg::BackupPreview { assessments, shipments, custom_sets } => format!(
            "此备份包含 {} 项评估、{} 批货物和 {} 个自定义问题集。恢复后，此浏览器中的工作将被替换。",
            super::Count::new(super::Lang::Zh, *assessments),
            super::Count::new(super::Lang::Zh, *shipments),
            super::Count::new(super::Lang::Zh, *custom_sets)
        ),
        Msg::BackupConfirm => "用此备份替换我的工作".into(),
        Msg::BackupRestored { assessments, shipments } => format!(
            "备份已恢复：{} 项评估、{} 批货物。",
            super::Count::new(super::Lang::Zh, *assessments),
            super::Count::new(super::Lang::Zh, *shipments)
        ),
        Msg::BackupFailed(e) => format!("未恢复该备份：{}。您当前的工作未受影响。", match e {
            crate::core::backup::BackupError::File(ImportError::NotAnExport) => "该文件不是本工具的完整备份".to_owned(),
            crate::core::backup::BackupError::File(e) => import_error(e),
            crate::core::backup::BackupError::Part { part, error } => format!("{}：{}", part_name(*part), import_error(error)),
            crate::core::backup::BackupError::CustomSet(e) => format!("其中一个自定义问题集被拒绝：{}", super::old_custom_set_error(crate::core::question_set::Lang::Zh, e)),
        }),
        Msg::Persistence(p) => match p {
            crate::core::backup::Persistence::Granted => "此浏览器已同意保留您的数据：不会为腾出空间而清除。",
            crate::core::backup::Persistence::NotGranted => "存储空间不足时，此浏览器可能清除您的数据（尚未请求保留，或浏览器未同意）。",
            crate::core::backup::Persistence::Unsupported => "此浏览器无法说明是否会保留您的数据。",
        }
        .into(),
        Msg::PersistAsk => "请求浏览器保留数据".into(),
        Msg::StorageUsage { used, quota } => {
            let units = ["B", "KB", "MB", "GB", "TB"];
            format!("已存储 {}，上限 {}。", super::size(*used, ".", units), super::size(*quota, ".", units))
        }
        Msg::LastBackup(Some(d)) => format!("上次备份或导出：{d}。"),
        Msg::LastBackup(None) => "尚未从此浏览器备份或导出。".into(),
        Msg::BackupReminder => "过去 7 天内您的工作未保存到文件。请下载完整备份，在此浏览器之外保留一份副本。".into(),
        Msg::WidgetVersion(v) => format!("att-diligence 版本 {v}"),
        Msg::ContentBroken(_) => "无法加载内置清单，因此本工具无法启动。请重新加载页面；如果再次出现此消息，请告知本网站的管理者。".into(),
    }
}

pub(crate) fn problem(p: &Problem) -> String {
    let what = match &p.kind {
        ProblemKind::UnsupportedFormat(v) => {
            format!("不支持格式版本 {v}（本工具读取第 {FORMAT_VERSION} 版）")
        }
        ProblemKind::EmptyText => "文本为空".into(),
        ProblemKind::BadId(id) => {
            format!("标识“{id}”只能由小写字母、数字、点和连字符组成，并以字母开头")
        }
        ProblemKind::DuplicateId(id) => format!("标识“{id}”被重复使用"),
        ProblemKind::BadVersion(v) => format!("版本“{v}”不符合“主版本.次版本.修订号”格式"),
        ProblemKind::BadArticle(a) => format!("“{a}”不是“7(4)”这样的条约条款引用"),
        ProblemKind::NoProvenance => "每个条目至少需要一个来源".into(),
        ProblemKind::UnknownElement(id) => format!("“{id}”不是来源目录中的要素"),
        ProblemKind::UnknownPublicSource(id) => format!("“{id}”不是已编目的公开来源"),
        ProblemKind::EmptyReference => "公开来源需要注明具体出处（ref）".into(),
        ProblemKind::NotForModule(what) => format!("本模块不使用 {what}"),
        ProblemKind::Missing(what) => format!("本模块要求填写 {what}"),
        ProblemKind::BadStep(s) => format!("步骤 {s} 不在 1 至 6 之间"),
        ProblemKind::StepOutsideSection { step } => {
            format!("第 {step} 步的条目必须位于该步骤的章节中（章节依次为第 1 至 6 步）")
        }
        ProblemKind::SinceAfterSet(v) => format!("版本“{v}”晚于问题集本身的版本"),
        ProblemKind::NoItems => "没有条目".into(),
    };
    format!("{}，字段“{}”：{what}", location(&p.location), p.field)
}

pub(crate) fn location(l: &Location) -> String {
    match l {
        Location::Set => "问题集".into(),
        Location::Section(id) => format!("章节 {id}"),
        Location::Item(id) => format!("条目 {id}"),
        Location::ItemAt { section, position } => match section {
            SectionRef::Id(id) => format!("章节 {id} 第 {position} 个条目"),
            SectionRef::At(n) => format!("第 {n} 个章节第 {position} 个条目"),
        },
    }
}

pub(crate) fn custom_set_error(e: &CustomSetError) -> String {
    match e {
        CustomSetError::TooLarge { bytes } => format!(
            "文件大小为 {}；问题集最大为 {}",
            file_size(*bytes),
            file_size(MAX_BYTES)
        ),
        CustomSetError::NotJson(e) => json_error(e),
        CustomSetError::UnsupportedFormat(Some(v)) => {
            format!("不支持格式版本 {v}（本工具读取第 {FORMAT_VERSION} 版）")
        }
        CustomSetError::UnsupportedFormat(None) => "文件中没有“format”编号，因此不是问题集".into(),
        CustomSetError::Shape { location: l, error } => {
            format!("{}：{}", location(l), json_error(error))
        }
        CustomSetError::Invalid(ps) => ps.iter().map(problem).collect::<Vec<_>>().join("；"),
    }
}

pub(crate) fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Sea => "海运",
        Mode::Air => "空运",
        Mode::Road => "公路",
        Mode::Rail => "铁路",
        Mode::Multimodal => "多式联运",
    }
}

pub(crate) fn row_problem(p: &RowProblem) -> String {
    match p {
        RowProblem::FieldCount { expected, found } => format!(
            "该行有 {found} 个字段，而标题行有 {expected} 个：请检查是否多了或少了分隔符或引号"
        ),
        RowProblem::MissingReference => "编号为空".into(),
        RowProblem::MissingDestination => "目的地为空".into(),
        RowProblem::BadMode(v) => format!("“{v}”不是运输方式（sea、air、road、rail、multimodal）"),
        RowProblem::BadCategory(v) => format!("“{v}”不是物项类别"),
        RowProblem::BadDate(v) => format!("“{v}”不是 YYYY-MM-DD 格式的日期"),
        RowProblem::BadDocument { column, value } => {
            format!("{column}：“{value}”不是 none、seen、verified 之一")
        }
    }
}

pub(crate) fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { bytes, limit } => format!(
            "文件大小为 {}，本工具可读取的此类文件最大为 {}",
            file_size(*bytes),
            file_size(*limit)
        ),
        ImportError::NotText { .. } => {
            "该文件不是 UTF-8 文本（可能是其他类型的文件，或以其他编码保存）".into()
        }
        ImportError::NotJson(e) | ImportError::Malformed(e) => json_error(e),
        ImportError::NotAnExport => "该文件不是本工具的导出文件".into(),
        ImportError::NewerFormat(v) => format!("该文件采用第 {v} 版格式，比本工具可读取的版本更新"),
        ImportError::UnknownSet(id) => format!("该文件回答的是问题集“{id}”，本工具中没有该问题集"),
    }
}

/// What is wrong in a JSON file: where the text breaks, or which field and why.
pub(crate) fn json_error(e: &JsonError) -> String {
    let subject = if e.path.is_empty() {
        "文件".to_owned()
    } else {
        format!("字段“{}”", e.path)
    };
    match &e.kind {
        JsonKind::Syntax => format!(
            "从第 {} 行第 {} 列起，文本不是有效的 JSON",
            e.line, e.column
        ),
        JsonKind::CutOff => "文件提前结束，可能不完整".into(),
        JsonKind::TooDeep => format!("其嵌套层级超过 {MAX_DEPTH} 层，本工具的文件不会如此"),
        JsonKind::Missing => format!("缺少{subject}"),
        JsonKind::UnknownField => format!("{subject}不属于此类文件"),
        JsonKind::Duplicate => format!("{subject}出现了两次"),
        JsonKind::UnknownValue { value, allowed } if allowed.is_empty() => {
            format!("{subject}不能取值“{value}”")
        }
        JsonKind::UnknownValue { value, allowed } => format!(
            "{subject}不能取值“{value}”（可取值：{}）",
            allowed.join("、")
        ),
        JsonKind::Expected(Expected::Other) | JsonKind::Invalid => {
            format!("{subject}中的值不符合此类文件的格式")
        }
        JsonKind::Expected(x) => format!("{subject}应为{}", expected(*x)),
        JsonKind::NotADate { value } => {
            format!("{subject}中的“{value}”不是 YYYY-MM-DD 格式的日期（例如 2026-12-31）")
        }
    }
}

pub(crate) fn expected(x: Expected) -> &'static str {
    match x {
        Expected::Text => "文本",
        Expected::WholeNumber => "整数",
        Expected::Number => "数字",
        Expected::TrueFalse => " true 或 false",
        Expected::List => "列表",
        Expected::Group => "一组字段",
        Expected::Other => "其他类型的值",
    }
}

pub(crate) fn part_name(p: Part) -> String {
    match p {
        Part::Assessment(i) => format!("备份中的第 {} 项评估", i + 1),
        Part::Register => "备份中的货物登记册".into(),
        Part::Lists => "备份中的清单修改".into(),
    }
}

pub(crate) fn file_size(bytes: usize) -> String {
    super::size(bytes as u64, ".", ["B", "KB", "MB", "GB", "TB"])
}

pub(crate) fn read_error(e: &ReadError) -> String {
    match e {
        ReadError::TooManyCells { limit } => format!(
            "该工作簿的第一个工作表超过 {} 个单元格，超出了本工具从单个文件读取的上限。请将货运记录拆分到多个文件中。",
            super::Count::new(crate::core::question_set::Lang::Zh, *limit as usize)
        ),
        ReadError::Empty => "该文件为空：既没有标题行，也没有任何货运记录。".into(),
        ReadError::NoRows => "该文件有标题行，但其下没有任何货运记录。".into(),
        ReadError::NotWorkbook { .. } => "该文件看起来是工作簿（.xlsx），但无法打开：可能已损坏，或是其他类型的文件。请在电子表格软件中打开，并重新另存为 .xlsx 或 CSV。".into(),
        ReadError::NoSheet => "该工作簿中没有包含数据的工作表。请将货运记录放在第一个工作表中。".into(),
        ReadError::OldOrProtectedWorkbook => "这是 Excel 97-2003（.xls）格式或受密码保护的工作簿，本工具无法读取。请另存为 .xlsx（不设密码）或 CSV，然后选择该文件。".into(),
        ReadError::NotText => "该文件既不是 CSV 文件，也不是工作簿（不是文本）。请选择 .csv、.txt 或 .xlsx 文件。".into(),
    }
}

pub(crate) fn encoding_name(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf8Bom => "UTF-8（带字节顺序标记）",
        Encoding::Utf16Le => "UTF-16（Unicode 文本）",
        Encoding::Utf16Be => "UTF-16 大端序",
        Encoding::Windows1252 => "Windows-1252（西欧编码：该文件不是 UTF-8）",
    }
}

/// The delimiter as the "separated by …" sentence needs it.
pub(crate) fn separated_by(d: Delimiter) -> &'static str {
    match d {
        Delimiter::Comma => "逗号（,）",
        Delimiter::Semicolon => "分号（;）",
        Delimiter::Tab => "制表符",
    }
}

/// Where a cut cell was, for the message that lists them.
pub(crate) fn cut_place(c: &Cut) -> String {
    let whose = match &c.whose {
        Whose::Assessment => "评估".to_owned(),
        Whose::Set => "问题集".to_owned(),
        Whose::Section(t) => format!("章节“{t}”"),
        Whose::Item { question: q, .. } => format!("条目“{q}”"),
        Whose::Shipment(r) => format!("货物 {r}"),
    };
    let field = match c.field {
        CutField::Name => "名称".to_owned(),
        CutField::Title if matches!(c.whose, Whose::Item { .. }) => "问题".to_owned(),
        CutField::Title => "标题".to_owned(),
        CutField::Detail(f) => text(&Msg::Detail(f)),
        CutField::Answer(f) => text(&Msg::FieldLabel(f)),
        CutField::Shipment(f) => text(&Msg::ShipmentField(f)),
        CutField::Transit => "过境地点".to_owned(),
        CutField::Parties => text(&Msg::Party(super::party::PartyMsg::PartiesHeading)),
    };
    format!("{whose}（{field}）")
}

/// Why no workbook was written, and what to do instead.
pub(crate) fn xlsx_failure(e: &XlsxError) -> &'static str {
    match e {
        XlsxError::Unavailable(_) => "负责写入 XLSX 的组件无法加载或已中止（页面可能处于离线状态，或工作簿超出浏览器内存）。请重试，或改为导出 CSV。",
        XlsxError::TimedOut(_) => "负责写入 XLSX 的组件未能及时启动（网络连接可能较慢，或页面处于离线状态）。请重试，或改为导出 CSV。",
        XlsxError::Blocked(_) => "此页面的安全策略（Trusted Types）不允许本工具启动负责写入 XLSX 的组件。请改为导出 CSV，或请网站管理员允许 Trusted Types 策略“att-diligence”。",
        XlsxError::TooManyRows(_) => "行数将超过一个工作表的上限（1,048,576 行）。请改为导出 CSV 或 JSON。",
        XlsxError::Refused(_) => "XLSX 写入组件拒绝了该工作簿。请改为导出 CSV 或 JSON。",
    }
}
