//! Arabic (translation for review).

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
        LoadError::Malformed(e) => {
            format!("البيانات ليست تقييماً محفوظاً صالحاً: {}", json_error(e))
        }
        LoadError::NotAnAssessment => "البيانات ليست تقييماً محفوظاً بواسطة هذه الأداة".into(),
        LoadError::UnsupportedVersion(v) => {
            format!("البيانات محفوظة بالإصدار {v} من التنسيق، ولا يستطيع هذا الإصدار من الأداة قراءته")
        }
        LoadError::Missing => "جزء من البيانات مفقود (لم يُحفَظ إلا جزئياً)".into(),
    }
}

pub(crate) fn text(msg: &Msg) -> String {
    match msg {
        Msg::Party(m) => super::party::old_text(crate::core::question_set::Lang::Ar, m),
        Msg::AppTitle => "قائمة التحقق من العناية الواجبة بموجب معاهدة تجارة الأسلحة".into(),
        Msg::Progress { answered, total } => format!("تمت الإجابة عن {answered} من {total}"),
        Msg::StatusLabel(s) => match s {
            Status::InPlace => "مُطبَّق",
            Status::PartlyInPlace => "مُطبَّق جزئياً",
            Status::NotInPlace => "غير مُطبَّق",
            Status::NotApplicable => "لا ينطبق",
            Status::Unsure => "غير مؤكد",
        }
        .into(),
        Msg::ToInvestigate => "يلزم التحقق".into(),
        Msg::Note => "ملاحظة".into(),
        Msg::Guidance => "إرشادات".into(),
        Msg::Articles(list) => format!("مواد المعاهدة: {list}"),
        Msg::Language => "اللغة".into(),
        Msg::LangName(l) => lang_name(*l),
        Msg::Modules => "الوحدات".into(),
        Msg::RolesHeading => "من يعمل؟".into(),
        Msg::RolesLead => "اختر ما جئت لتفعله، فتفتح الأداة الوحدة المناسبة. يمكنك تغيير ذلك في أي وقت.".into(),
        Msg::RoleName(role) => match role {
            Role::Programme => "جهة مصدّرة أو مصنّعة",
            Role::Logistics => "شركة لوجستية",
            Role::Reader => "قراءة الإرشادات",
        }
        .into(),
        Msg::RoleHint(role) => match role {
            Role::Programme => "قيّم برنامج الامتثال الداخلي لديك في ضوء تدابير العناية الواجبة، وحوّل الثغرات إلى خطة عمل.",
            Role::Logistics => "افحص الشحنات، واحدة تلو الأخرى أو على دفعات، في ضوء مؤشرات الخطر الخاصة بالناقلين ووكلاء الشحن والوكلاء البحريين والمخلّصين الجمركيين.",
            Role::Reader => "اطّلع على الموارد وإرشادات ورقة العمل، دون تقييم أي شيء.",
        }
        .into(),
        Msg::RolesSkip => "تخطٍّ".into(),
        Msg::ModuleName(m) => match m {
            ModuleKind::Programme => "التقييم الذاتي لبرنامج الامتثال",
            ModuleKind::Screening => "العلامات التحذيرية في الشحنات",
            ModuleKind::Gbv74 => "الفقرة 4 من المادة 7: العنف القائم على نوع الجنس والعنف ضد النساء والأطفال",
            ModuleKind::Reassessment => "إعادة التقييم (الفقرة 7 من المادة 7)",
            ModuleKind::Resources => "المراجع",
        }
        .into(),
        Msg::Severity(s) => match s {
            Severity::Stop => "توقُّف: لا تمضِ قُدُماً، وأحِل المسألة إلى السلطة المختصة",
            Severity::Inquire => "استيضاح: يجب حسم المسألة قبل المضي قُدُماً",
            Severity::Context => "سياق: يستدعي تدقيقاً أشد",
        }
        .into(),
        Msg::Modes(ms) => format!(
            "وسائل النقل: {}",
            ms.iter().map(|m| mode_name(*m)).collect::<Vec<_>>().join("، ")
        ),
        Msg::Step(n) => format!("الخطوة {n}"),
        Msg::Inquiry => "السؤال الواجب طرحه".into(),
        Msg::Sources => "المصادر".into(),
        Msg::SeedSource { section, lines } => {
            format!("{section} (الوثيقة المصدر، الأسطر من {} إلى {})", lines[0], lines[1])
        }
        Msg::PublicSource { title, reference } => {
            format!("{title}، {reference} (قائمة عامة، وليست من نص معاهدة تجارة الأسلحة)")
        }
        Msg::CustomSetLoad => "تحميل مجموعة أسئلة خاصة بك (JSON)".into(),
        Msg::CustomSetLoaded(title) => format!(
            "تم تحميل مجموعة الأسئلة «{}».",
            title.ar.as_deref().unwrap_or(title.en.as_str())
        ),
        Msg::CustomSetRejected(e) => format!(
            "لم تُحمَّل مجموعة الأسئلة هذه: {}. ولم يتغير أي شيء آخر.",
            super::old_custom_set_error(crate::core::question_set::Lang::Ar, e)
        ),
        Msg::CustomSetIdTaken(id) => format!(
            "لم تُحمَّل مجموعة الأسئلة هذه: معرِّفها «{id}» مستخدم بالفعل لمجموعة مدمجة."
        ),
        Msg::FileUnreadable => "تعذرت قراءة هذا الملف. ولم يتغير أي شيء.".into(),
        Msg::CustomBadge => "مخصَّصة".into(),
        Msg::Assessment => "التقييم".into(),
        Msg::NewAssessment => "تقييم جديد".into(),
        Msg::Rename => "إعادة تسمية".into(),
        Msg::Duplicate => "إنشاء نسخة".into(),
        Msg::Delete => "حذف".into(),
        Msg::Save => "حفظ".into(),
        Msg::Cancel => "إلغاء".into(),
        Msg::AssessmentNumber(n) => format!("التقييم {n}"),
        Msg::CopyOf(name) => format!("{name} (نسخة)"),
        Msg::AssessmentName => "اسم التقييم".into(),
        Msg::ConfirmDelete(name) => format!(
            "هل تريد حذف «{name}» وجميع الإجابات الواردة فيه؟ لا يمكن التراجع عن ذلك."
        ),
        Msg::AssessmentActions => "إجراءات التقييم".into(),
        Msg::DetailsHeading => "بيانات التقييم".into(),
        Msg::Detail(d) => match d {
            DetailField::Organisation => "المنظمة",
            DetailField::Assessor => "القائم بالتقييم",
            DetailField::Date => "تاريخ التقييم",
            DetailField::Scope => "النطاق (وحدة العمل، والمنتجات، والفترة)",
        }
        .into(),
        Msg::Evidence => "الأدلة (مرجع فقط: لا تُحمَّل أي ملفات)".into(),
        Msg::FieldLabel(f) => match f {
            Field::Note => "ملاحظة",
            Field::EvidenceDocument => "الوثيقة",
            Field::EvidenceDate => "تاريخ الوثيقة",
            Field::EvidenceLocation => "مكان حفظها",
            Field::Owner => "المسؤول",
            Field::Due => "الموعد المستهدف",
        }
        .into(),
        Msg::GapPlan => "خطة العمل لسد هذه الثغرة".into(),
        Msg::Filter => "عرض".into(),
        Msg::FilterName(f) => match f {
            Filter::All => "جميع البنود",
            Filter::Unanswered => "البنود التي لم تتم الإجابة عنها",
            Filter::Gaps => "الثغرات",
        }
        .into(),
        Msg::View => "طريقة العرض".into(),
        Msg::ViewChecklist => "قائمة التحقق".into(),
        Msg::ViewSummary => "الملخص وخطة العمل".into(),
        Msg::Sections => "الأقسام".into(),
        Msg::NothingToShow => "لا يوجد بند يطابق عامل التصفية هذا.".into(),
        Msg::SummarySections => "الحالة حسب القسم".into(),
        Msg::SummaryActionPlan => "خطة العمل: الثغرات".into(),
        Msg::SummaryNotApplicable => "البنود الموسومة بأنها لا تنطبق".into(),
        Msg::NoGaps => "لم تُسجَّل أي ثغرات.".into(),
        Msg::NoNotApplicable => "لم يُوسَم أي بند بأنه لا ينطبق.".into(),
        Msg::ColSection => "القسم".into(),
        Msg::ColItem => "البند".into(),
        Msg::ColStatus => "الحالة".into(),
        Msg::ColAnswered => "تمت الإجابة".into(),
        Msg::ColGaps => "الثغرات".into(),
        Msg::ColOwner => "المسؤول".into(),
        Msg::ColDue => "الموعد المستهدف".into(),
        Msg::ColReason => "السبب".into(),
        Msg::Unassigned => "غير محدد".into(),
        Msg::SetChanged { from, to, new_items, retired } => format!(
            "حُدِّثت قائمة التحقق هذه من الإصدار {from} إلى الإصدار {to} منذ آخر إجابة عن هذا التقييم. \
             البنود الجديدة المطلوب الإجابة عنها: {new_items}. البنود المُجاب عنها التي لم تعد \
             واردة في القائمة: {retired} (إجاباتها محفوظة أدناه)."
        ),
        Msg::RetiredAnswers(list) => format!("الإجابات المحفوظة للبنود المحذوفة من القائمة: {list}"),
        Msg::SheetSummary => "الملخص".into(),
        Msg::SheetShipments => "الشحنات".into(),
        Msg::ExportShipment => "تصدير سجل هذه الشحنة (JSON)".into(),
        Msg::SheetItems => "البنود".into(),
        Msg::XlsxFailed(e) => format!("تعذرت كتابة جدول البيانات: {}", xlsx_failure(e)),
        Msg::XlsxCut(cuts) => format!(
            "تم التصدير. بعض النصوص أطول مما تتسع له خلية جدول البيانات، فاقتُطعت (وعُلِّمت بـ […])، وعددها {}: {}.",
            super::Count::new(super::Lang::Ar, cuts.len()),
            super::cut_list(cuts, cut_place, "؛ ", |m| format!("ونصوص أخرى عددها {}", super::Count::new(super::Lang::Ar, m))),
        ),
        Msg::Fingerprint => "البصمة (قيمة SHA-256 لمحتوى الملف المُصدَّر)".into(),
        Msg::AllAnswers => "جميع الإجابات".into(),
        Msg::NotAnswered => "لم تتم الإجابة".into(),
        Msg::ChartHeading => "نظرة عامة".into(),
        Msg::ChartOverall => "البرنامج بأكمله".into(),
        Msg::ChartFindings => "الشحنات حسب نتيجة الفحص".into(),
        Msg::ChartText { title, parts, total } => {
            let count = |n: usize| super::Count::new(crate::core::question_set::Lang::Ar, n);
            let parts: Vec<String> = parts.iter().map(|(label, n)| format!("{label}: {}", count(*n))).collect();
            if parts.is_empty() {
                format!("{title} — المجموع: {}.", count(*total))
            } else {
                format!("{title} — {}. المجموع: {}.", parts.join("؛ "), count(*total))
            }
        }
        Msg::ExportAs => "تصدير".into(),
        Msg::ExportFormat(f) => match f {
            ExportFormat::Json => "JSON (لإعادة الاستيراد)",
            ExportFormat::Csv => "CSV (جدول بيانات)",
            ExportFormat::Markdown => "Markdown (ملخص)",
            ExportFormat::Xlsx => "مصنف Excel (XLSX)",
            ExportFormat::Html => "تقرير قابل للطباعة (HTML)",
        }
        .into(),
        Msg::Import => "استيراد تقييم (JSON)".into(),
        Msg::ImportPreview { name, organisation, answered, total } => format!(
            "الملف: «{name}»{}؛ البنود المُجاب عنها: {answered} من {total}.",
            if organisation.is_empty() { String::new() } else { format!(" ({organisation})") }
        ),
        Msg::ImportIntegrity(i) => match i {
            Integrity::Intact => "البصمة مطابقة: الملف على حاله كما صُدِّر.",
            Integrity::Altered => "تحذير: البصمة غير مطابقة. فقد عُدِّل الملف بعد تصديره.",
            Integrity::Unsigned => "ليست لهذا الملف بصمة، لذا لا يمكن التحقق منه.",
        }
        .into(),
        Msg::ImportSetDiffers => "تختلف قائمة التحقق الواردة في هذا الملف عن القائمة الموجودة في هذه الأداة (المعرِّف نفسه، والمحتوى مختلف).".into(),
        Msg::ImportMigrated(v) => format!("قُرئ الملف من الإصدار {v} من التنسيق وحُوِّل."),
        Msg::ImportAsNew => "إضافته بوصفه تقييماً جديداً".into(),
        Msg::ImportReplace => "الاستعاضة به عن التقييم المفتوح".into(),
        Msg::ImportedName => "تقييم مستورد".into(),
        Msg::ImportDone(name) => format!("تم استيراد «{name}»."),
        Msg::ImportFailed(e) => format!("لم يُستورد هذا الملف: {}. ولم يتغير عملك الحالي.", import_error(e)),
        Msg::Acknowledge => "فهمت".into(),
        Msg::Register => "سجل الشحنات المفحوصة".into(),
        Msg::NewShipment => "فحص شحنة جديدة".into(),
        Msg::NewShipmentReference(n) => format!("الشحنة {n}"),
        Msg::OpenShipment(r) => format!("فتح {r}"),
        Msg::BackToRegister => "العودة إلى السجل".into(),
        Msg::RemoveShipment => "إزالة من السجل".into(),
        Msg::ConfirmRemoveShipment(r) => format!("هل تريد إزالة الشحنة «{r}» ونتيجة فحصها؟ لا يمكن التراجع عن ذلك."),
        Msg::ShipmentRecord => "سجل الشحنة".into(),
        Msg::ShipmentField(f) => match f {
            TextField::Reference => "الرقم المرجعي",
            TextField::Date => "التاريخ",
            TextField::Consignor => "المرسِل",
            TextField::Consignee => "المرسَل إليه",
            TextField::EndUser => "المستخدم النهائي المعلَن",
            TextField::EndUse => "الاستخدام النهائي المعلَن",
            TextField::Destination => "بلد المقصد",
            TextField::Description => "وصف الأصناف",
            TextField::Quantity => "الكمية",
            TextField::Value => "القيمة",
            TextField::Exemption => "الإعفاء من الحظر أو موافقة اللجنة المستند إليها",
            TextField::Broker => "السمسار أو الوسيط",
            TextField::Carrier => "الناقل (خط الشحن البحري أو شركة الطيران أو شركة النقل البري)",
            TextField::Vessel => "السفينة أو الطائرة (الاسم ورقم المنظمة البحرية الدولية)",
        }
        .into(),
        Msg::ModeLabel => "وسيلة النقل".into(),
        Msg::ModeName(m) => mode_name(*m).into(),
        Msg::Unknown => "غير معروف".into(),
        Msg::CategoryLabel => "فئة الأصناف".into(),
        Msg::CategoryName(c) => match c {
            Category::BattleTanks => "الدبابات القتالية",
            Category::ArmouredCombatVehicles => "مركبات القتال المدرعة",
            Category::LargeCalibreArtillery => "منظومات المدفعية من العيار الكبير",
            Category::CombatAircraft => "الطائرات المقاتلة",
            Category::AttackHelicopters => "طائرات الهليكوبتر الهجومية",
            Category::Warships => "السفن الحربية",
            Category::MissilesAndLaunchers => "القذائف وأجهزة إطلاقها",
            Category::SmallArmsLightWeapons => "الأسلحة الصغيرة والأسلحة الخفيفة",
            Category::Ammunition => "الذخائر/العتاد (المادة 3)",
            Category::PartsComponents => "الأجزاء والمكونات (المادة 4)",
        }
        .into(),
        Msg::TransitLabel => "نقاط العبور أو إعادة الشحن (افصل بينها بالرمز ;)".into(),
        Msg::DocumentsHeading => "الوثائق التي اطُّلع عليها".into(),
        Msg::DocumentName(d) => match d {
            Document::EndUserCertificate => "شهادة المستخدم النهائي",
            Document::ExportLicence => "رخصة التصدير",
            Document::TransportDocuments => "وثائق النقل",
        }
        .into(),
        Msg::DocStatusName(d) => match d {
            DocStatus::NotSeen => "لم يُطَّلع عليها",
            DocStatus::Seen => "اطُّلع عليها ولم يُتحقَّق منها",
            DocStatus::Verified => "تم التحقق منها",
        }
        .into(),
        Msg::Indicators => "العلامات التحذيرية".into(),
        Msg::CheckPresent => "موجودة".into(),
        Msg::CheckNotPresent => "غير موجودة".into(),
        Msg::CheckNotChecked => "لم يُتحقَّق منها".into(),
        Msg::RuleContains { value, word } => format!("«{value}» يتضمن «{word}»"),
        Msg::AutomaticRule(detail) => format!("تحقُّق آلي: {detail}"),
        Msg::FindingHeading => "نتيجة الفحص".into(),
        Msg::FindingTitle(l) => format!("نتيجة الفحص: {}", text(&Msg::LevelName(*l))),
        Msg::LevelName(l) => match l {
            Level::Stop => "توقُّف",
            Level::Inquire => "استيضاح",
            Level::Incomplete => "غير مكتمل",
            Level::NoRedFlags => "لم يُعثر على علامات تحذيرية",
        }
        .into(),
        Msg::LevelExplain(l) => match l {
            Level::Stop => "لا تمضِ قُدُماً. أحِل الشحنة إلى السلطة المختصة.",
            Level::Inquire => "توجد علامات تحذيرية. يجب حسمها قبل المضي قُدُماً.",
            Level::Incomplete => "لم يُتحقَّق بعدُ من جميع المؤشرات المنطبقة.",
            Level::NoRedFlags => "تم التحقق من جميع المؤشرات المنطبقة، ولم يتبيَّن وجود أي منها.",
        }
        .into(),
        Msg::NotApproval => "هذه نتيجة فحص، وليست موافقة ولا قراراً بشأن الترخيص.".into(),
        Msg::DrivenBy => "استناداً إلى".into(),
        Msg::QuestionsToAsk => "الأسئلة الواجب طرحها".into(),
        Msg::ContextNoted => "عوامل سياقية ملحوظة (تستدعي تدقيقاً أشد)".into(),
        Msg::UncheckedCount(n) => format!("المؤشرات المنطبقة التي لم يُتحقَّق منها: {n}"),
        Msg::OverridingRiskFound => "خلص التقييم بموجب الفقرة 4 من المادة 7 إلى وجود خطر راجح.".into(),
        Msg::FilterByFinding => "نتيجة الفحص".into(),
        Msg::AllFindings => "جميع النتائج".into(),
        Msg::RowsShown { shown, total } => format!("الشحنات المعروضة: {shown} من {total}"),
        Msg::SortAdded => "ترتيب الإضافة".into(),
        Msg::SortBy => "الترتيب حسب".into(),
        Msg::Gbv74Heading => "الفقرة 4 من المادة 7: العنف القائم على نوع الجنس والعنف ضد النساء والأطفال".into(),
        Msg::Gbv74Intro => "اتَّبِع الخطوات الست بالترتيب. يُنظر في تدابير التخفيف (الخطوة 5) قبل البتّ في ما إذا كان هناك خطر راجح (الخطوة 6)؛ ووجود خطر راجح يعني وجوب عدم المضي في عملية النقل.".into(),
        Msg::CompleteStep(n) => format!("إنجاز الخطوة {n}"),
        Msg::ReopenStep(n) => format!("إعادة فتح الخطوة {n}"),
        Msg::StepDone => "أُنجزت".into(),
        Msg::StepLocked => "أكمِل أولاً الخطوات السابقة لهذه الخطوة.".into(),
        Msg::MitigationQuestion => "هل يمكن لتدابير التخفيف أو غيرها من الوسائل أن تحدّ من الخطر على نحو كافٍ وبقدر كبير؟".into(),
        Msg::OverridingQuestion => "هل هناك خطر راجح من أن تترتب العواقب السلبية المحدَّدة في الخطوة 4؟".into(),
        Msg::Yes => "نعم".into(),
        Msg::No => "لا".into(),
        Msg::BatchImport => "فحص دفعة من الشحنات (ملف CSV أو Excel)".into(),
        Msg::BatchTemplate => "تنزيل نموذج CSV".into(),
        Msg::BatchMapping => "ما الحقل الوارد في كل عمود؟".into(),
        Msg::BatchIgnore => "(تجاهُل هذا العمود)".into(),
        Msg::BatchScreen => "فحص هذه الصفوف".into(),
        Msg::BatchReading => "جارٍ قراءة الملف…".into(),
        Msg::BatchUnreadable(e) => read_error(e),
        Msg::BatchTooLarge { bytes, limit } => {
            let s = |b: u64| super::size(b, ".", ["بايت", "ك.بايت", "م.بايت", "غ.بايت", "ت.بايت"]);
            format!("حجم هذا الملف {}؛ والحد الأقصى لملف الدفعة {}. قسّمه إلى ملفات أصغر.", s(*bytes), s(*limit))
        }
        Msg::BatchWorkerFailed(_) => "تعذّر تشغيل قارئ الملفات في هذا المتصفح، فلم يُقرأ الملف. أعد تحميل الصفحة وحاول مرة أخرى.".into(),
        Msg::BatchFormat(f) => match f {
            Format::Csv { encoding, delimiter, .. } => format!("قُرئ بوصفه ملف CSV: الترميز {}، والحقول مفصولة {}.", encoding_name(*encoding), separated_by(*delimiter)),
            Format::Xlsx { sheet, sheets } => {
                let first = format!("قُرئ من الورقة الأولى في المصنَّف، «{sheet}».");
                if *sheets > 1 { first + &format!(" عدد الأوراق في المصنَّف: {sheets}؛ ولا تُقرأ إلا الأولى.") } else { first }
            }
        },
        Msg::BatchDelimiter => "فاصل الحقول".into(),
        Msg::DelimiterName(d) => match d {
            Delimiter::Comma => "فاصلة (,)",
            Delimiter::Semicolon => "فاصلة منقوطة (;)",
            Delimiter::Tab => "علامة جدولة",
        }
        .into(),
        Msg::TechnicalDetails => "تفاصيل تقنية".into(),
        Msg::TryAgain => "إعادة المحاولة".into(),
        Msg::BatchResult { screened, rejected } => format!("الصفوف التي فُحصت وأُضيفت إلى السجل: {screened}؛ الصفوف التي لم تُفحص (انظر أدناه): {rejected}."),
        Msg::RowError { line, problem, sheet } => format!("{} {line}: {}", if *sheet { "الصف" } else { "السطر" }, row_problem(problem)),
        Msg::ReferenceLists => "القوائم المرجعية المستخدمة في عمليات التحقق الآلي".into(),
        Msg::JurisdictionsHeading => "عمليات الحظر الملزمة لك".into(),
        Msg::JurisdictionsHelp => "عمليات الحظر التي يفرضها مجلس الأمن التابع للأمم المتحدة تُلزم جميع الدول وتُحتسب دائماً. ضع علامة على كل ولاية قضائية يُلزمك قانونها (لأنك أو شركتك أو البضائع خاضعة لها): عندئذ تُحتسب عمليات الحظر التي تفرضها كما تُحتسب عمليات حظر الأمم المتحدة، ولا تُعرض غيرها إلا بوصفها سياقاً. ويُحفظ اختيارك ويُسجَّل في كل ملف مُصدَّر.".into(),
        Msg::JurisdictionsCounted(names) => format!("عمليات الحظر المحتسبة: {names}"),
        Msg::UnSecurityCouncil => "مجلس الأمن التابع للأمم المتحدة".into(),
        Msg::ListAsOf(d) => format!("المعلومات محدَّثة حتى {d}"),
        // The date isolated left to right: after Arabic letters its digits would be
        // read as Arabic numbers and its hyphens reorder them (2026-12-03 shown 03-12-2026).
        Msg::ExportedOn(d) => format!("تاريخ التصدير: \u{2066}{d}\u{2069}"),
        Msg::ListEntries(n) => format!("عدد القيود: {n}"),
        Msg::ListRemoveEntry(name) => format!("إزالة {name}"),
        Msg::ListAddEntry => "إضافة قيد".into(),
        Msg::ListEntryName => "الاسم".into(),
        Msg::ListEntryAliases => "أسماء ورموز أخرى (افصل بينها بالرمز ;)".into(),
        Msg::ListsChanged => "يجري استخدام القوائم التي عدَّلتها؛ وقد أُعيد فحص جميع الشحنات.".into(),
        Msg::ImportRegister => "استيراد سجل (JSON) وإضافته إلى هذا السجل".into(),
        Msg::RegisterImported { shipments, integrity } => format!("الشحنات المستوردة والمُعاد فحصها: {}. {}", super::Count::new(super::Lang::Ar, *shipments), text(&Msg::ImportIntegrity(*integrity))),
        Msg::ChangedInAnotherTab => "عُدِّل هذا العمل في علامة تبويب أو نافذة أخرى؛ وما تراه الآن يشمل تلك التعديلات.".into(),
        Msg::OpeningStorage => "جارٍ فتح عملك المحفوظ…".into(),
        Msg::PartLoading => "جارٍ تحميل هذا الجزء من الأداة…".into(),
        Msg::PartUnavailable => "تعذّر تحميل هذا الجزء من الأداة: ربما انقطع الاتصال، أو لم يعد الموقع يقدّم هذا الإصدار. عملك محفوظ. أعد المحاولة، أو أعد تحميل الصفحة.".into(),
        Msg::StorageWrittenBack => "مُسحت البيانات المخزنة لهذا الموقع في المتصفح بينما كانت هذه الصفحة مفتوحة. وقد حُفظ عملك الظاهر على الشاشة من جديد.".into(),
        Msg::StorageNewer => "كُتب عملك المحفوظ في هذا المتصفح بإصدار أحدث من الأداة، أو فُتح إصدار أحدث للتو في علامة تبويب أخرى. وحفاظاً عليه، لن يُحفظ من هذه الصفحة أي شيء بعد الآن: صدِّر ما يظهر على الشاشة، ثم أعِد تحميل الصفحة.".into(),
        Msg::StorageUnavailable => "لا يسمح هذا المتصفح للأداة بحفظ عملك. \
            وستبقى إجاباتك في هذه الصفحة إلى أن تغلقها: صدِّرها قبل المغادرة."
            .into(),
        Msg::StorageFull => "مساحة التخزين في المتصفح ممتلئة، ولذلك لم يُحفظ آخر تغيير أجريته. \
            صدِّر عملك الآن، ثم أفرِغ بعض المساحة."
            .into(),
        Msg::SavedWorkUnreadable(e) => format!(
            "تعذرت قراءة عملك المحفوظ: {}. وقد أُبقي عليه دون تغيير؛ \
             وستبدأ من تقييم فارغ.",
            load_error(e)
        ),
        Msg::SavedPartUnreadable(part, e) => format!(
            "{} {} وقد وُضعت البيانات المحفوظة جانبًا دون تغيير.",
            match part {
                SavedPart::ListEdits => "تعذرت قراءة تعديلاتك المحفوظة على القوائم المرجعية، لذا تُستخدم القوائم المدمجة.",
                SavedPart::Jurisdictions => "تعذرت قراءة اختيارك المحفوظ للولايات القضائية، لذا لا يُحتسب إلا حظر مجلس الأمن التابع للأمم المتحدة.",
                SavedPart::PartyDecisions => "تعذرت قراءة قراراتك المحفوظة بشأن التطابقات المحتملة، لذا تظهر هذه التطابقات بلا قرار.",
            },
            match e {
                LoadError::UnsupportedVersion(_) => "فقد حُفظت بإصدار أحدث من الأداة.",
                _ => "فهي ليست بالشكل الذي تحفظ به هذه الأداة.",
            }
        ),
        Msg::TranslationForReview => "ترجمة قيد المراجعة: لم يراجع أحد هذا النص بعد مقارنةً بالنص الإنكليزي.".into(),
        Msg::LanguagePackFailed(l) => format!("تعذّر تحميل النصوص باللغة {}؛ تُعرض بالإنكليزية.", lang_name(*l)),
        Msg::YourData => "بياناتك".into(),
        Msg::YourDataIntro => "يُحفظ عملك في هذا المتصفح فقط، على هذا الجهاز. النسخة الاحتياطية الكاملة ملف واحد يضمّه كله (التقييمات، وسجل الشحنات، وتعديلات القوائم، والولايات القضائية، ومجموعات الأسئلة الخاصة بك، ولغة الواجهة): احتفظ به في مكان آمن، واستعده هنا أو في متصفح آخر.".into(),
        Msg::BackupDownload => "تنزيل نسخة احتياطية كاملة".into(),
        Msg::BackupRestore => "الاستعادة من نسخة احتياطية".into(),
        Msg::BackupPreview { assessments, shipments, custom_sets } => format!(
            "تضم هذه النسخة الاحتياطية: التقييمات: {}، والشحنات: {}، ومجموعات الأسئلة الخاصة: {}. تحلّ الاستعادة محلّ العمل الموجود في هذا المتصفح.",
            super::Count::new(super::Lang::Ar, *assessments),
            super::Count::new(super::Lang::Ar, *shipments),
            super::Count::new(super::Lang::Ar, *custom_sets)
        ),
        Msg::BackupConfirm => "استبدال عملي بهذه النسخة الاحتياطية".into(),
        Msg::BackupRestored { assessments, shipments } => format!(
            "استُعيدت النسخة الاحتياطية: التقييمات: {}، والشحنات: {}.",
            super::Count::new(super::Lang::Ar, *assessments),
            super::Count::new(super::Lang::Ar, *shipments)
        ),
        Msg::BackupFailed(e) => format!("لم تُستعد هذه النسخة الاحتياطية: {}. ولم يتغير عملك الحالي.", match e {
            crate::core::backup::BackupError::File(ImportError::NotAnExport) => "الملف ليس نسخة احتياطية كاملة من هذه الأداة".to_owned(),
            crate::core::backup::BackupError::File(e) => import_error(e),
            crate::core::backup::BackupError::Part { part, error } => format!("في {}: {}", part_name(*part), import_error(error)),
            crate::core::backup::BackupError::CustomSet(e) => format!("رُفضت مجموعة أسئلة خاصة واردة فيها: {}", super::old_custom_set_error(crate::core::question_set::Lang::Ar, e)),
        }),
        Msg::Persistence(p) => match p {
            crate::core::backup::Persistence::Granted => "وافق هذا المتصفح على الاحتفاظ ببياناتك: لن يمسحها لتوفير مساحة.",
            crate::core::backup::Persistence::NotGranted => "قد يمسح هذا المتصفح بياناتك عند نفاد المساحة (لم يُطلب منه الاحتفاظ بها، أو لم يوافق على ذلك).",
            crate::core::backup::Persistence::Unsupported => "لا يستطيع هذا المتصفح أن يبيّن ما إذا كان سيحتفظ ببياناتك.",
        }
        .into(),
        Msg::PersistAsk => "اطلب من المتصفح الاحتفاظ بها".into(),
        Msg::StorageUsage { used, quota } => {
            let units = ["بايت", "ك.بايت", "م.بايت", "غ.بايت", "ت.بايت"];
            format!("المخزَّن: {} من {}.", super::size(*used, ".", units), super::size(*quota, ".", units))
        }
        Msg::LastBackup(Some(d)) => format!("آخر نسخ احتياطي أو تصدير: {d}."),
        Msg::LastBackup(None) => "لم يُجرَ بعدُ أي نسخ احتياطي أو تصدير من هذا المتصفح.".into(),
        Msg::BackupReminder => "لم يُحفظ عملك في ملف خلال الأيام السبعة الماضية. نزّل نسخة احتياطية كاملة للاحتفاظ بنسخة خارج هذا المتصفح.".into(),
        Msg::WidgetVersion(v) => format!("att-diligence، الإصدار {v}"),
        Msg::ContentBroken(_) => "تعذّر تحميل قائمة التحقق المدمجة، لذا لا يمكن تشغيل الأداة. أعد تحميل الصفحة؛ وإذا ظهرت هذه الرسالة مجدداً، فأبلغ المسؤول عن هذا الموقع.".into(),
    }
}

pub(crate) fn problem(p: &Problem) -> String {
    let what = match &p.kind {
        ProblemKind::UnsupportedFormat(v) => format!(
            "إصدار التنسيق {v} غير مدعوم (تقرأ هذه الأداة الإصدار {FORMAT_VERSION})"
        ),
        ProblemKind::EmptyText => "النص فارغ".into(),
        ProblemKind::BadId(id) => format!(
            "يجب أن يتكون المعرِّف `{id}` من أحرف لاتينية صغيرة وأرقام ونقاط وشرطات، وأن يبدأ بحرف"
        ),
        ProblemKind::DuplicateId(id) => format!("المعرِّف `{id}` مستخدم أكثر من مرة"),
        ProblemKind::BadVersion(v) => format!("الإصدار `{v}` ليس بالصيغة MAJOR.MINOR.PATCH"),
        ProblemKind::BadArticle(a) => format!("`{a}` ليس إحالة إلى مادة من مواد المعاهدة بصيغة مثل `7(4)`"),
        ProblemKind::NoProvenance => "يجب أن يكون لكل بند مصدر واحد على الأقل".into(),
        ProblemKind::UnknownElement(id) => {
            format!("`{id}` ليس عنصراً من عناصر فهرس المصادر")
        }
        ProblemKind::UnknownPublicSource(id) => format!("`{id}` ليس مصدراً عاماً مُدرجاً في الفهرس"),
        ProblemKind::EmptyReference => "يجب أن يُحدَّد للمصدر العام الموضع المقصود فيه (`ref`)".into(),
        ProblemKind::NotForModule(what) => format!("لا يُستخدم {what} في هذه الوحدة"),
        ProblemKind::Missing(what) => format!("{what} مطلوب في هذه الوحدة"),
        ProblemKind::BadStep(s) => format!("الخطوة {s} خارج النطاق من 1 إلى 6"),
        ProblemKind::StepOutsideSection { step } => format!(
            "يجب أن يقع أي بند من بنود الخطوة {step} في القسم الخاص بتلك الخطوة (الأقسام هي الخطوات من 1 إلى 6 بالترتيب)"
        ),
        ProblemKind::SinceAfterSet(v) => format!("الإصدار `{v}` أحدث من إصدار المجموعة نفسها"),
        ProblemKind::NoItems => "لا يحتوي على أي بنود".into(),
    };
    format!("{}، الحقل `{}`: {what}", location(&p.location), p.field)
}

pub(crate) fn location(l: &Location) -> String {
    match l {
        Location::Set => "المجموعة".into(),
        Location::Section(id) => format!("القسم {id}"),
        Location::Item(id) => format!("البند {id}"),
        Location::ItemAt { section, position } => match section {
            SectionRef::Id(id) => format!("القسم {id}، البند رقم {position}"),
            SectionRef::At(n) => format!("القسم رقم {n}، البند رقم {position}"),
        },
    }
}

pub(crate) fn custom_set_error(e: &CustomSetError) -> String {
    match e {
        CustomSetError::TooLarge { bytes } => format!(
            "حجم الملف {}؛ والحد الأقصى لحجم مجموعة الأسئلة {}",
            file_size(*bytes),
            file_size(MAX_BYTES)
        ),
        CustomSetError::NotJson(e) => json_error(e),
        CustomSetError::UnsupportedFormat(Some(v)) => {
            format!("إصدار التنسيق {v} غير مدعوم (تقرأ هذه الأداة الإصدار {FORMAT_VERSION})")
        }
        CustomSetError::UnsupportedFormat(None) => {
            "لا يحتوي الملف على رقم `format`، ومن ثم فهو ليس مجموعة أسئلة".into()
        }
        CustomSetError::Shape { location: l, error } => {
            format!("{}: {}", location(l), json_error(error))
        }
        CustomSetError::Invalid(ps) => ps.iter().map(problem).collect::<Vec<_>>().join("؛ "),
    }
}

pub(crate) fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Sea => "بحري",
        Mode::Air => "جوي",
        Mode::Road => "بري",
        Mode::Rail => "بالسكك الحديدية",
        Mode::Multimodal => "متعدد الوسائط",
    }
}

pub(crate) fn row_problem(p: &RowProblem) -> String {
    match p {
        RowProblem::FieldCount { expected, found } => format!("عدد الحقول في هذا الصف {found} بينما عددها في صف العناوين {expected}: تحقّق من وجود فاصل أو علامة اقتباس زائدة أو ناقصة"),
        RowProblem::MissingReference => "الرقم المرجعي فارغ".into(),
        RowProblem::MissingDestination => "بلد المقصد فارغ".into(),
        RowProblem::BadMode(v) => {
            format!("«{v}» ليست وسيلة نقل مقبولة (sea، air، road، rail، multimodal)")
        }
        RowProblem::BadCategory(v) => format!("«{v}» ليست فئة من فئات الأصناف"),
        RowProblem::BadDate(v) => {
            format!("«{v}» ليس تاريخاً بالصيغة YYYY-MM-DD")
        }
        RowProblem::BadDocument { column, value } => {
            format!("{column}: «{value}» ليست إحدى القيم none أو seen أو verified")
        }
    }
}

pub(crate) fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { bytes, limit } => format!(
            "حجم الملف {}، والأداة تقرأ الملفات من هذا النوع حتى {}",
            file_size(*bytes),
            file_size(*limit)
        ),
        ImportError::NotText { .. } => {
            "الملف ليس نصاً بترميز UTF-8 (ربما يكون نوعاً آخر من الملفات، أو حُفظ بترميز آخر)".into()
        }
        ImportError::NotJson(e) | ImportError::Malformed(e) => json_error(e),
        ImportError::NotAnExport => "الملف ليس ملفاً صدَّرته هذه الأداة".into(),
        ImportError::NewerFormat(v) => {
            format!("الملف مكتوب بالإصدار {v} من التنسيق، وهو أحدث مما تستطيع هذه الأداة قراءته")
        }
        ImportError::UnknownSet(id) => {
            format!("يجيب الملف عن مجموعة الأسئلة «{id}»، وهي غير موجودة في هذه الأداة")
        }
    }
}

/// What is wrong in a JSON file: where the text breaks, or which field and why.
pub(crate) fn json_error(e: &JsonError) -> String {
    let subject = if e.path.is_empty() {
        "الملف".to_owned()
    } else {
        format!("الحقل «{}»", e.path)
    };
    match &e.kind {
        JsonKind::Syntax => format!(
            "لم يعد النص بصيغة JSON صالحة ابتداءً من السطر {}، العمود {}",
            e.line, e.column
        ),
        JsonKind::CutOff => "ينتهي الملف قبل أوانه؛ وقد يكون ناقصاً".into(),
        JsonKind::TooDeep => format!(
            "تتداخل بياناته في أكثر من {MAX_DEPTH} مستوى، ولا يوجد ملف من ملفات هذه الأداة على هذا النحو"
        ),
        JsonKind::Missing => format!("{subject} مفقود"),
        JsonKind::UnknownField => format!("{subject} ليس من حقول هذا النوع من الملفات"),
        JsonKind::Duplicate => format!("{subject} مكرَّر"),
        JsonKind::UnknownValue { value, allowed } if allowed.is_empty() => {
            format!("لا يقبل {subject} القيمة «{value}»")
        }
        JsonKind::UnknownValue { value, allowed } => format!(
            "لا يقبل {subject} القيمة «{value}» (القيم المقبولة: {})",
            allowed.join("، ")
        ),
        JsonKind::Expected(Expected::Other) | JsonKind::Invalid => {
            format!("يحتوي {subject} على قيمة لا يسمح بها هذا النوع من الملفات")
        }
        JsonKind::Expected(x) => format!("ينبغي أن يحتوي {subject} على {}", expected(*x)),
        JsonKind::NotADate { value } => format!(
            "يحتوي {subject} على «{value}»، وهو ليس تاريخاً بالصيغة YYYY-MM-DD (مثل 2026-12-31)"
        ),
    }
}

pub(crate) fn expected(x: Expected) -> &'static str {
    match x {
        Expected::Text => "نص",
        Expected::WholeNumber => "عدد صحيح",
        Expected::Number => "عدد",
        Expected::TrueFalse => "true أو false",
        Expected::List => "قائمة",
        Expected::Group => "مجموعة حقول",
        Expected::Other => "قيمة من نوع آخر",
    }
}

pub(crate) fn part_name(p: Part) -> String {
    match p {
        Part::Assessment(i) => format!("التقييم رقم {} في النسخة الاحتياطية", i + 1),
        Part::Register => "سجل الشحنات في النسخة الاحتياطية".into(),
        Part::Lists => "تعديلات القوائم في النسخة الاحتياطية".into(),
    }
}

pub(crate) fn file_size(bytes: usize) -> String {
    super::size(
        bytes as u64,
        ".",
        ["بايت", "ك.بايت", "م.بايت", "غ.بايت", "ت.بايت"],
    )
}

pub(crate) fn read_error(e: &ReadError) -> String {
    match e {
        ReadError::TooManyCells { limit } => format!(
            "تحتوي الورقة الأولى في هذا المصنَّف على أكثر من {} خلية، وهو أكثر مما تقرؤه الأداة من ملف واحد. وزّع الشحنات على عدة ملفات.",
            super::Count::new(crate::core::question_set::Lang::Ar, *limit as usize)
        ),
        ReadError::Empty => "هذا الملف فارغ: لا يحتوي على صف عناوين ولا على أي شحنة.".into(),
        ReadError::NoRows => "يحتوي هذا الملف على صف عناوين، ولكن لا توجد تحته أي شحنة.".into(),
        ReadError::NotWorkbook { .. } => "يبدو هذا الملف مصنَّفًا (.xlsx)، ولكن تعذّر فتحه: قد يكون تالفًا أو من نوع آخر. افتحه في برنامج جداول البيانات واحفظه مجددًا بصيغة ‎.xlsx أو CSV.".into(),
        ReadError::NoSheet => "لا يحتوي هذا المصنَّف على ورقة فيها بيانات. ضع الشحنات في الورقة الأولى.".into(),
        ReadError::OldOrProtectedWorkbook => "هذا مصنَّف بصيغة Excel 97-2003 (‎.xls) أو محمي بكلمة مرور، ولا تستطيع الأداة قراءته. احفظه بصيغة ‎.xlsx (دون كلمة مرور) أو CSV، ثم اختر ذلك الملف.".into(),
        ReadError::NotText => "هذا الملف ليس ملف CSV ولا مصنَّفًا (ليس نصًا). اختر ملفًا بصيغة ‎.csv أو ‎.txt أو ‎.xlsx.".into(),
    }
}

pub(crate) fn encoding_name(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf8Bom => "UTF-8 مع علامة ترتيب البايتات",
        Encoding::Utf16Le => "UTF-16 (نص Unicode)",
        Encoding::Utf16Be => "UTF-16 بترتيب البايت الأكبر أولًا",
        Encoding::Windows1252 => "Windows-1252 (أوروبا الغربية: الملف ليس بترميز UTF-8)",
    }
}

/// The delimiter as the "separated by …" sentence needs it.
pub(crate) fn separated_by(d: Delimiter) -> &'static str {
    match d {
        Delimiter::Comma => "بفواصل (,)",
        Delimiter::Semicolon => "بفواصل منقوطة (;)",
        Delimiter::Tab => "بعلامات جدولة",
    }
}

/// Where a cut cell was, for the message that lists them.
pub(crate) fn cut_place(c: &Cut) -> String {
    let whose = match &c.whose {
        Whose::Assessment => "التقييم".to_owned(),
        Whose::Set => "مجموعة الأسئلة".to_owned(),
        Whose::Section(t) => format!("القسم «{t}»"),
        Whose::Item { question: q, .. } => format!("البند «{q}»"),
        Whose::Shipment(r) => format!("الشحنة {r}"),
    };
    let field = match c.field {
        CutField::Name => "الاسم".to_owned(),
        CutField::Title if matches!(c.whose, Whose::Item { .. }) => "السؤال".to_owned(),
        CutField::Title => "العنوان".to_owned(),
        CutField::Detail(f) => text(&Msg::Detail(f)),
        CutField::Answer(f) => text(&Msg::FieldLabel(f)),
        CutField::Shipment(f) => text(&Msg::ShipmentField(f)),
        CutField::Transit => "نقاط العبور".to_owned(),
        CutField::Parties => text(&Msg::Party(super::party::PartyMsg::PartiesHeading)),
    };
    format!("{whose} ({field})")
}

/// Why no workbook was written, and what to do instead.
pub(crate) fn xlsx_failure(e: &XlsxError) -> &'static str {
    match e {
        XlsxError::Unavailable(_) => "تعذر تحميل الجزء الذي يكتب ملفات XLSX في الأداة أو توقف عن العمل (ربما الصفحة غير متصلة بالإنترنت، أو المصنف أكبر مما تتسع له ذاكرة المتصفح). أعد المحاولة، أو صدّر بصيغة CSV.",
        XlsxError::TimedOut(_) => "لم يبدأ الجزء الذي يكتب ملفات XLSX في الأداة في الوقت المناسب (ربما الاتصال بطيء، أو الصفحة غير متصلة بالإنترنت). أعد المحاولة، أو صدّر بصيغة CSV.",
        XlsxError::Blocked(_) => "لا تسمح سياسة الأمان في هذه الصفحة (Trusted Types) للأداة بتشغيل الجزء الذي يكتب ملفات XLSX. صدّر بصيغة CSV، أو اطلب من مسؤول الموقع السماح بسياسة Trusted Types المسماة \"att-diligence\".",
        XlsxError::TooManyRows(_) => "سيتجاوز عدد الصفوف ما تتسع له ورقة العمل (1,048,576 صفاً). صدّر بصيغة CSV أو JSON بدلاً من ذلك.",
        XlsxError::Refused(_) => "رفض كاتب XLSX المصنف. صدّر بصيغة CSV أو JSON بدلاً من ذلك.",
    }
}
