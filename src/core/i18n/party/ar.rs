use super::{file_name, stamps, tenths, PartyMsg};
use crate::core::i18n::Count;
use crate::core::parties::{Role, Source, Verdict};
use crate::core::question_set::Lang;
use att_lists::{CsvReason, FileKind, ListError};

pub(crate) fn n(v: usize) -> Count {
    Count::new(Lang::Ar, v)
}

pub(crate) fn source_name(s: Source) -> &'static str {
    match s {
        Source::Un => "القائمة الموحدة لمجلس الأمن التابع للأمم المتحدة",
        Source::OfacSdn => "قائمة الرعايا المعيَّنين تعييناً خاصاً (SDN) الصادرة عن مكتب مراقبة الأصول الأجنبية (OFAC) الأمريكي",
        Source::UsCsl => "القائمة الموحدة للفحص (CSL) في الولايات المتحدة",
    }
}

pub(crate) fn short(s: Source) -> &'static str {
    match s {
        Source::Un => "الأمم المتحدة",
        Source::OfacSdn => "OFAC SDN",
        Source::UsCsl => "CSL الأمريكية",
    }
}

/// Every kind starts with «ملف», so that «و» joins it and it can open a sentence.
pub(crate) fn file_kind(k: FileKind) -> &'static str {
    match k {
        FileKind::UnXml => "ملف قائمة الأمم المتحدة (XML)",
        FileKind::OfacSdn => "ملف sdn.csv الصادر عن OFAC",
        FileKind::OfacAlt => "ملف alt.csv الصادر عن OFAC (الأسماء البديلة)",
        FileKind::OfacAdd => "ملف add.csv الصادر عن OFAC (العناوين)",
        FileKind::UsCsl => "ملف القائمة الموحدة للفحص (CSV)",
    }
}

pub(crate) fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::NotSame => "ليس الطرف نفسه",
        Verdict::Escalated => "أُحيل إلى مستوى أعلى",
        Verdict::Confirmed => "تطابق مؤكَّد",
    }
}

pub(crate) fn role(r: Role) -> &'static str {
    match r {
        Role::Consignor => "المرسِل",
        Role::Consignee => "المرسَل إليه",
        Role::EndUser => "المستخدم النهائي",
        Role::Broker => "السمسار",
        Role::Carrier => "الناقل",
        Role::Vessel => "السفينة أو الطائرة",
    }
}

pub(crate) fn refused(error: &ListError, files: &[String]) -> String {
    let kept = " ولم تتغير القوائم المحمَّلة من قبل.";
    let why = match error {
        ListError::Empty { index } => format!("الملف {} فارغ.", file_name(files, *index)),
        ListError::UnknownFormat { index } => format!(
            "الملف {} ليس من القوائم التي تقرؤها هذه الأداة: القائمة الموحدة للأمم المتحدة (XML)، أو ملف sdn.csv الصادر عن OFAC (مع الملفين alt.csv و add.csv)، أو القائمة الموحدة للفحص (CSV).",
            file_name(files, *index)
        ),
        ListError::NotXml { line, .. } => format!(
            "لم تعد قائمة الأمم المتحدة ملف XML صالحاً ابتداءً من السطر {line}: ربما يكون الملف تالفاً."
        ),
        ListError::Truncated { element, line } => format!(
            "تنتهي قائمة الأمم المتحدة قبل إغلاق العنصر {element} المفتوح في السطر {line}: ربما انقطع التنزيل. نزِّلها من جديد."
        ),
        ListError::MissingElement { element, line } => format!(
            "القيد الوارد في قائمة الأمم المتحدة الذي يبدأ في السطر {line} يخلو من العنصر {element}."
        ),
        ListError::Csv { file, line, reason } => match reason {
            CsvReason::FieldCount { expected, found } => format!(
                "عدد الحقول في السطر {line} من {} هو {found}، في حين أن التنسيق يقتضي {expected}.",
                file_kind(*file)
            ),
            CsvReason::NotANumber { field, value } => format!(
                "السطر {line} من {}: قيمة الحقل {field} هي «{value}»، وهي ليست رقماً.",
                file_kind(*file)
            ),
            CsvReason::Syntax { .. } => format!(
                "تتعذر قراءة السطر {line} من {} بوصفه CSV.",
                file_kind(*file)
            ),
        },
        ListError::MissingField { file, line, field } => format!(
            "يخلو السطر {line} من {} من الحقل {field}.",
            file_kind(*file)
        ),
        ListError::Mixed { first, other } => format!(
            "{} و{} ملفان لقائمتين مختلفتين: حمِّل كل قائمة على حدة.",
            file_kind(*first),
            file_kind(*other)
        ),
        ListError::Duplicate { kind } => format!(
            "قُدِّم {} مرتين: حمِّل ملفاً واحداً من كل نوع.",
            file_kind(*kind)
        ),
        ListError::AltWithoutSdn { given } => format!(
            "{} تابع لملف sdn.csv الصادر عن OFAC: حمِّله مع sdn.csv.",
            file_kind(*given)
        ),
    };
    format!("لم تُحمَّل القائمة. {why}{kept}")
}

pub(crate) fn text(msg: &PartyMsg) -> String {
    match msg {
        PartyMsg::ListsHeading => "قوائم الجزاءات لفحص الأطراف".into(),
        PartyMsg::ListsHelp => "حمِّل القوائم التي نزّلتها من مواقعها الرسمية؛ وعندئذ يُفحص كل طرف في كل شحنة بمقارنته بها. وتبقى الملفات على هذا الجهاز: فالأداة لا ترسل أي اسم إلى أي مكان، ولا تنزّل أي قائمة، ولا تتضمن أي قائمة خاصة بها. ولا يكون الفحص محدَّثاً إلا بقدر ما تكون الملفات التي حمّلتها محدَّثة: حمِّل كل قائمة من جديد عند تحديثها.".into(),
        PartyMsg::LoadFiles => "تحميل ملف قائمة (بالنسبة إلى OFAC: الملف sdn.csv مع الملفين alt.csv و add.csv معاً)".into(),
        PartyMsg::NoList => "لم تُحمَّل أي قائمة: لا تُفحص الأطراف.".into(),
        PartyMsg::SourceName(s) => source_name(*s).into(),
        PartyMsg::SourceWhere(s) => match s {
            Source::Un => "من الموقع الشبكي لمجلس الأمن: القائمة الموحدة بصيغة XML (consolidated.xml).",
            Source::OfacSdn => "من خدمة قوائم الجزاءات (Sanctions List Service) التابعة لوزارة الخزانة الأمريكية: ملفات CSV بالصيغة القديمة sdn.csv و alt.csv و add.csv.",
            Source::UsCsl => "من الموقع trade.gov: القائمة الموحدة للفحص بصيغة CSV (consolidated.csv).",
        }
        .into(),
        PartyMsg::Dated { date: Some(d), own: true } => format!("أُنشئت القائمة في {d}"),
        PartyMsg::Dated { date: Some(d), own: false } => {
            format!("تاريخ الملف {d} (لا تذكر القائمة نفسها أي تاريخ)")
        }
        PartyMsg::Dated { date: None, .. } => "لم يُذكر تاريخ".into(),
        PartyMsg::Entries { entries, names } => {
            format!("عدد القيود: {}؛ عدد الأسماء مع الأسماء البديلة: {}", n(*entries), n(*names))
        }
        PartyMsg::Replace => "الاستعاضة عنها بملف أحدث".into(),
        PartyMsg::Remove => "إزالة".into(),
        PartyMsg::Reading => "جارٍ قراءة القائمة…".into(),
        PartyMsg::Loaded(s) => format!("حُمِّلت: {}.", source_name(*s)),
        PartyMsg::Refused { error, files } => refused(error, files),
        PartyMsg::WorkerFailed(_) => "تعذّر تشغيل الجزء من الأداة الذي يقرأ القوائم ويفحص الأسماء، أو توقّف عن العمل. أعد تحميل الصفحة وحاول مرة أخرى؛ فقوائمك وعملك محفوظة.".into(),
        PartyMsg::NotKept => "حُمِّلت القائمة لهذه الزيارة، لكن هذا المتصفح رفض الاحتفاظ بها (مساحة التخزين فيه ممتلئة أو غير مسموح بها): حمِّلها من جديد في المرة القادمة.".into(),
        PartyMsg::Threshold => "عتبة التطابق (0–100)".into(),
        PartyMsg::ThresholdHelp => "يُعدّ الاسم تطابقاً محتملاً عندما تبلغ درجته العتبة. وكلما انخفضت العتبة زاد عدد الصيغ المختلفة التي يُعثر عليها وزادت التطابقات الخاطئة؛ ويشرح الدليل القيمة الافتراضية، وهي 85. وتنطبق العتبة على جميع عمليات الفحص.".into(),
        PartyMsg::UsBinds => "قانون الولايات المتحدة ملزم لي أو للأصناف (شخص أمريكي، أو أصناف منشؤها الولايات المتحدة، أو أصناف خاضعة للوائح إدارة الصادرات EAR)".into(),
        PartyMsg::UsBindsHelp => "قرارات الإدراج الصادرة عن مجلس الأمن التابع للأمم المتحدة ملزمة لجميع الدول: فالتطابق المؤكَّد مع قائمة الأمم المتحدة يوقف الشحنة. أما التطابق المؤكَّد مع قائمة أمريكية فلا يوقفها إلا إذا وضعت علامة على هذا الخيار؛ وإلا فإنه يستدعي الاستيضاح. ويُسجَّل ذلك في كل ملف مُصدَّر.".into(),
        PartyMsg::DecisionsHeading => "القرارات المتعلقة بالتطابقات المحتملة".into(),
        PartyMsg::NoDecisions => "لم يُسجَّل أي قرار بعد.".into(),
        PartyMsg::Revoke => "سحب القرار".into(),
        PartyMsg::DecisionLine { name, source, reference, listed_name, verdict: v, reason, decided_on, list_date } => {
            let mut s = format!(
                "«{name}» مقابل {} {reference} «{listed_name}»: {}",
                short(*source),
                verdict(*v)
            );
            if !reason.is_empty() {
                s.push_str(&format!(" («{reason}»)"));
            }
            s.push_str(&format!("، {decided_on}"));
            if let Some(d) = list_date {
                s.push_str(&format!("، القائمة المؤرخة {d}"));
            }
            s
        }
        PartyMsg::PartiesHeading => "فحص الأطراف".into(),
        PartyMsg::NotScreened => "لم تُفحص الأطراف: حمِّل قائمة جزاءات في لوحة القوائم.".into(),
        PartyMsg::Screening => "جارٍ الفحص…".into(),
        PartyMsg::NoMatch => "لا يوجد تطابق محتمل.".into(),
        PartyMsg::Match { matched_name, source, reference, score_tenths } => format!(
            "تطابق محتمل: «{matched_name}»، {} {reference}، الدرجة {}",
            short(*source),
            tenths(*score_tenths, '.')
        ),
        PartyMsg::ListedName => "الاسم المدرج".into(),
        PartyMsg::Programmes => "نظام الجزاءات أو البرنامج".into(),
        PartyMsg::ListedOn => "تاريخ الإدراج".into(),
        PartyMsg::SubList => "القائمة الفرعية ضمن CSL".into(),
        PartyMsg::MatchedAlias => "الاسم المطابق".into(),
        PartyMsg::MatchedTokens => "الكلمات المقترنة".into(),
        PartyMsg::MatchedIdentifier => "معرِّف مطابق تماماً".into(),
        PartyMsg::VerdictName(v) => verdict(*v).into(),
        PartyMsg::Reason => "السبب (إلزامي عند اختيار «ليس الطرف نفسه»)".into(),
        PartyMsg::ReasonRequired => "اذكر سبب كون هذا الطرف ليس الطرف المدرج (مثل اختلاف تاريخ الميلاد أو رقم التسجيل أو العنوان).".into(),
        PartyMsg::Decided { verdict: v, reason, decided_on, list_date } => {
            let mut s = format!("{} في {decided_on}", verdict(*v));
            if let Some(d) = list_date {
                s.push_str(&format!("، مقابل القائمة المؤرخة {d}"));
            }
            if !reason.is_empty() {
                s.push_str(&format!(": «{reason}»"));
            }
            s
        }
        PartyMsg::ScreenAll => "فحص جميع الأطراف".into(),
        PartyMsg::Cancel => "إلغاء".into(),
        PartyMsg::Progress { done, total } => format!("جارٍ فحص الأطراف: الشحنات المفحوصة {} من {}", n(*done), n(*total)),
        PartyMsg::Cancelled { done, total } => format!(
            "أُلغي الفحص؛ الشحنات المفحوصة: {} من {}. وتحتفظ الشحنات الأخرى بنتيجة فحصها السابق.",
            n(*done),
            n(*total)
        ),
        PartyMsg::Done { shipments, newly } => format!(
            "فُحصت جميع الأطراف. الشحنات التي فيها تطابقات محتملة: {}؛ الجديد منها منذ آخر فحص: {}.",
            n(*shipments),
            n(*newly)
        ),
        PartyMsg::OpenMatches => "تطابقات لم يُبتّ فيها".into(),
        PartyMsg::NewMatches => "جديد".into(),
        PartyMsg::Evidence(e) => {
            let who = format!("{} «{}»", role(e.role), e.name);
            let entry = format!(
                "{} {} «{}» (الاسم المطابق «{}»، الدرجة {})",
                short(e.source),
                e.reference,
                e.listed_name,
                e.matched_name,
                tenths(e.score_tenths, '.')
            );
            let date = e.list_date.as_ref().map(|d| format!("، القائمة المؤرخة {d}")).unwrap_or_default();
            match e.verdict {
                Some(Verdict::Confirmed) if e.binding => {
                    format!("{who}: تأكَّد التطابق مع {entry}{date}.")
                }
                Some(Verdict::Confirmed) => format!(
                    "{who}: تأكَّد التطابق مع {entry}{date}؛ ولم تذكر أن القانون الذي تستند إليه هذه القائمة ملزم لك."
                ),
                Some(Verdict::Escalated) => format!(
                    "{who}: تطابق محتمل مع {entry}{date}؛ أُحيل إلى مستوى أعلى ولم يُبتّ فيه بعد."
                ),
                _ => format!("{who}: تطابق محتمل مع {entry}{date}؛ لم يُتخذ قرار بعد."),
            }
        }
        PartyMsg::Cleared(c) => format!(
            "أسماء الأطراف المفحوصة مقابل {} بعتبة {}: {}؛ ولم يبقَ أي تطابق محتمل دون بتّ.",
            stamps(c, short),
            tenths(c.threshold_tenths, '.'),
            n(c.parties)
        ),
        PartyMsg::RoleName(r) => role(*r).into(),
    }
}
