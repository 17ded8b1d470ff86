//! Every string the interface shows, in every language. Content text lives in the seeds; this
//! catalogue holds the widget's own words. A `match` per language makes a missing translation
//! a compile error rather than a blank label.

use super::assessment::Status;
use super::question_set::Lang;
use super::saved::LoadError;

/// A message the interface can show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    Progress {
        answered: usize,
        total: usize,
    },
    StatusLabel(Status),
    Note,
    Guidance,
    Articles(String),
    Language,
    /// A language's own name for itself, the same in every interface language.
    LangName(Lang),
    StorageUnavailable,
    StorageFull,
    SavedWorkUnreadable(LoadError),
    ContentBroken(String),
}

pub fn text(lang: Lang, msg: &Msg) -> String {
    match lang {
        Lang::En => en(msg),
        Lang::Zh => zh(msg),
    }
}

fn load_error_en(e: &LoadError) -> String {
    match e {
        LoadError::Malformed(detail) => format!("it is not a valid saved assessment ({detail})"),
        LoadError::NotAnAssessment => "it is not an assessment saved by this widget".into(),
        LoadError::UnsupportedVersion(v) => format!(
            "it was saved in format version {v}, which this version of the widget cannot read"
        ),
    }
}

fn load_error_zh(e: &LoadError) -> String {
    match e {
        LoadError::Malformed(detail) => format!("该数据不是有效的已保存评估（{detail}）"),
        LoadError::NotAnAssessment => "该数据不是本工具保存的评估".into(),
        LoadError::UnsupportedVersion(v) => {
            format!("该数据以第 {v} 版格式保存，本版本工具无法读取")
        }
    }
}

fn lang_name(l: Lang) -> String {
    match l {
        Lang::En => "English",
        Lang::Zh => "中文",
    }
    .into()
}

fn en(msg: &Msg) -> String {
    match msg {
        Msg::LangName(l) => lang_name(*l),
        Msg::AppTitle => "ATT due-diligence checklist".into(),
        Msg::Progress { answered, total } => format!("{answered} of {total} answered"),
        Msg::StatusLabel(s) => match s {
            Status::InPlace => "In place",
            Status::PartlyInPlace => "Partly in place",
            Status::NotInPlace => "Not in place",
            Status::NotApplicable => "Not applicable",
        }
        .into(),
        Msg::Note => "Note".into(),
        Msg::Guidance => "Guidance".into(),
        Msg::Articles(list) => format!("Treaty articles: {list}"),
        Msg::Language => "Language".into(),
        Msg::StorageUnavailable => "This browser does not let the widget save your work. \
            Your answers stay on this page until you close it: export them before you leave."
            .into(),
        Msg::StorageFull => "The browser's storage is full, so your latest change was not saved. \
            Export your work now, then free some space."
            .into(),
        Msg::SavedWorkUnreadable(e) => format!(
            "Your saved work could not be read: {}. It has been kept unchanged; \
             you are starting from a blank assessment.",
            load_error_en(e)
        ),
        Msg::ContentBroken(detail) => {
            format!("The built-in checklist could not be loaded: {detail}")
        }
    }
}

fn zh(msg: &Msg) -> String {
    match msg {
        Msg::LangName(l) => lang_name(*l),
        Msg::AppTitle => "《武器贸易条约》尽职调查清单".into(),
        Msg::Progress { answered, total } => format!("已回答 {answered} / {total}"),
        Msg::StatusLabel(s) => match s {
            Status::InPlace => "已落实",
            Status::PartlyInPlace => "部分落实",
            Status::NotInPlace => "未落实",
            Status::NotApplicable => "不适用",
        }
        .into(),
        Msg::Note => "备注".into(),
        Msg::Guidance => "指导".into(),
        Msg::Articles(list) => format!("条约条款：{list}"),
        Msg::Language => "语言".into(),
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
            load_error_zh(e)
        ),
        Msg::ContentBroken(detail) => format!("无法加载内置清单：{detail}"),
    }
}
