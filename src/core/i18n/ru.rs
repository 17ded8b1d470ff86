//! Russian (translation for review).

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
            format!("данные не являются корректно сохранённой оценкой: {}", json_error(e))
        }
        LoadError::NotAnAssessment => "данные не являются оценкой, сохранённой этим инструментом".into(),
        LoadError::UnsupportedVersion(v) => format!(
            "данные сохранены в формате версии {v}, который эта версия инструмента не может прочитать"
        ),
        LoadError::Missing => "часть данных отсутствует (они были сохранены не полностью)".into(),
    }
}

pub(crate) fn text(msg: &Msg) -> String {
    match msg {
        Msg::Party(m) => super::party::old_text(crate::core::question_set::Lang::Ru, m),
        Msg::AppTitle => "Договор о торговле оружием (ДТО): контрольный перечень должной осмотрительности".into(),
        Msg::Progress { answered, total } => format!("Отвечено: {answered} из {total}"),
        Msg::StatusLabel(s) => match s {
            Status::InPlace => "Внедрено",
            Status::PartlyInPlace => "Внедрено частично",
            Status::NotInPlace => "Не внедрено",
            Status::NotApplicable => "Неприменимо",
            Status::Unsure => "Затрудняюсь ответить",
        }
        .into(),
        Msg::ToInvestigate => "Требует проверки".into(),
        Msg::Note => "Примечание".into(),
        Msg::Guidance => "Пояснения".into(),
        Msg::Articles(list) => format!("Статьи Договора: {list}"),
        Msg::Language => "Язык".into(),
        Msg::LangName(l) => lang_name(*l),
        Msg::Modules => "Модули".into(),
        Msg::RolesHeading => "Кто работает?".into(),
        Msg::RolesLead => "Выберите, что вы хотите сделать, и виджет откроет нужный модуль. Выбор можно изменить в любой момент.".into(),
        Msg::RoleName(role) => match role {
            Role::Programme => "Экспортёр или производитель",
            Role::Logistics => "Логистическая компания",
            Role::Reader => "Чтение руководства",
        }
        .into(),
        Msg::RoleHint(role) => match role {
            Role::Programme => "Оцените свою внутреннюю программу соблюдения требований по мерам должной осмотрительности и превратите пробелы в план действий.",
            Role::Logistics => "Проверяйте отправки по одной или партиями по тревожным признакам для перевозчиков, экспедиторов, судовых агентов и таможенных брокеров.",
            Role::Reader => "Читайте ресурсы и руководство рабочего документа, ничего не оценивая.",
        }
        .into(),
        Msg::RolesSkip => "Пропустить".into(),
        Msg::ModuleName(m) => match m {
            ModuleKind::Programme => "Самооценка программы соблюдения требований",
            ModuleKind::Screening => "Тревожные признаки поставок",
            ModuleKind::Gbv74 => "Ст. 7(4): гендерное насилие и насилие в отношении женщин и детей",
            ModuleKind::Reassessment => "Повторная оценка (ст. 7(7))",
            ModuleKind::Resources => "Справочные материалы",
        }
        .into(),
        Msg::Severity(s) => match s {
            Severity::Stop => "Стоп: не продолжать, передать вопрос в компетентный орган",
            Severity::Inquire => "Выяснение: прояснить, прежде чем продолжать",
            Severity::Context => "Контекст: требует более тщательной проверки",
        }
        .into(),
        Msg::Modes(ms) => format!(
            "Виды транспорта: {}",
            ms.iter().map(|m| mode_name(*m)).collect::<Vec<_>>().join(", ")
        ),
        Msg::Step(n) => format!("Шаг {n}"),
        Msg::Inquiry => "Вопрос, который следует задать".into(),
        Msg::Sources => "Источники".into(),
        Msg::SeedSource { section, lines } => {
            format!("{section} (исходный документ, строки {}–{})", lines[0], lines[1])
        }
        Msg::PublicSource { title, reference } => {
            format!("{title}, {reference} (общедоступный перечень, не текст ДТО)")
        }
        Msg::CustomSetLoad => "Загрузить собственный набор вопросов (JSON)".into(),
        Msg::CustomSetLoaded(title) => format!(
            "Набор вопросов «{}» загружен.",
            title.ru.as_deref().unwrap_or(title.en.as_str())
        ),
        Msg::CustomSetRejected(e) => format!(
            "Этот набор вопросов не загружен: {}. Больше ничего не изменилось.",
            super::old_custom_set_error(crate::core::question_set::Lang::Ru, e)
        ),
        Msg::CustomSetIdTaken(id) => format!(
            "Этот набор вопросов не загружен: его идентификатор «{id}» уже используется встроенным набором."
        ),
        Msg::FileUnreadable => "Не удалось прочитать этот файл. Ничего не изменилось.".into(),
        Msg::CustomBadge => "пользовательский".into(),
        Msg::Assessment => "Оценка".into(),
        Msg::NewAssessment => "Новая оценка".into(),
        Msg::Rename => "Переименовать".into(),
        Msg::Duplicate => "Создать копию".into(),
        Msg::Delete => "Удалить".into(),
        Msg::Save => "Сохранить".into(),
        Msg::Cancel => "Отмена".into(),
        Msg::AssessmentNumber(n) => format!("Оценка {n}"),
        Msg::CopyOf(name) => format!("{name} (копия)"),
        Msg::AssessmentName => "Название оценки".into(),
        Msg::ConfirmDelete(name) => format!(
            "Удалить «{name}» вместе со всеми ответами? Это действие нельзя отменить."
        ),
        Msg::AssessmentActions => "Действия с оценкой".into(),
        Msg::DetailsHeading => "Сведения об оценке".into(),
        Msg::Detail(d) => match d {
            DetailField::Organisation => "Организация",
            DetailField::Assessor => "Кто проводил оценку",
            DetailField::Date => "Дата оценки",
            DetailField::Scope => "Охват (подразделение, продукция, период)",
        }
        .into(),
        Msg::Evidence => "Подтверждающие документы (только ссылка: файлы не загружаются)".into(),
        Msg::FieldLabel(f) => match f {
            Field::Note => "Примечание",
            Field::EvidenceDocument => "Документ",
            Field::EvidenceDate => "Дата документа",
            Field::EvidenceLocation => "Место хранения",
            Field::Owner => "Ответственный",
            Field::Due => "Целевой срок",
        }
        .into(),
        Msg::GapPlan => "План действий по устранению этого пробела".into(),
        Msg::Filter => "Показать".into(),
        Msg::FilterName(f) => match f {
            Filter::All => "Все пункты",
            Filter::Unanswered => "Без ответа",
            Filter::Gaps => "Пробелы",
        }
        .into(),
        Msg::View => "Вид".into(),
        Msg::ViewChecklist => "Контрольный перечень".into(),
        Msg::ViewSummary => "Сводка и план действий".into(),
        Msg::Sections => "Разделы".into(),
        Msg::NothingToShow => "Нет пунктов, соответствующих этому фильтру.".into(),
        Msg::SummarySections => "Состояние по разделам".into(),
        Msg::SummaryActionPlan => "План действий: пробелы".into(),
        Msg::SummaryNotApplicable => "Отмечено как неприменимое".into(),
        Msg::NoGaps => "Пробелов не зафиксировано.".into(),
        Msg::NoNotApplicable => "Ничего не отмечено как неприменимое.".into(),
        Msg::ColSection => "Раздел".into(),
        Msg::ColItem => "Пункт".into(),
        Msg::ColStatus => "Состояние".into(),
        Msg::ColAnswered => "Отвечено".into(),
        Msg::ColGaps => "Пробелы".into(),
        Msg::ColOwner => "Ответственный".into(),
        Msg::ColDue => "Целевой срок".into(),
        Msg::ColReason => "Причина".into(),
        Msg::Unassigned => "не указано".into(),
        Msg::SetChanged { from, to, new_items, retired } => format!(
            "С момента последнего заполнения этой оценки контрольный перечень обновлён с версии \
             {from} до версии {to}: {new_items} {} ответа; {retired} {} в перечне (ответы на \
             них сохранены ниже).",
            plural(*new_items, "новый пункт требует", "новых пункта требуют", "новых пунктов требуют"),
            plural(
                *retired,
                "пункт с ответом больше не значится",
                "пункта с ответами больше не значатся",
                "пунктов с ответами больше не значатся"
            )
        ),
        Msg::RetiredAnswers(list) => format!("Сохранённые ответы на исключённые пункты: {list}"),
        Msg::SheetSummary => "Сводка".into(),
        Msg::SheetShipments => "Поставки".into(),
        Msg::ExportShipment => "Экспортировать запись об этой поставке (JSON)".into(),
        Msg::SheetItems => "Пункты".into(),
        Msg::XlsxFailed(e) => format!("Не удалось создать электронную таблицу: {}", xlsx_failure(e)),
        Msg::XlsxCut(cuts) => {
            let n = cuts.len();
            format!(
                "Экспорт выполнен. {} {} {} электронной таблицы и {} (отмечено […]): {}.",
                super::Count::new(super::Lang::Ru, n),
                plural(n, "текст", "текста", "текстов"),
                plural(n, "не поместился в ячейку", "не поместились в ячейки", "не поместились в ячейки"),
                plural(n, "был обрезан", "были обрезаны", "были обрезаны"),
                super::cut_list(cuts, cut_place, "; ", |m| format!("и ещё {}", super::Count::new(super::Lang::Ru, m))),
            )
        }
        Msg::Fingerprint => "Отпечаток (хеш SHA-256 содержимого экспортированного файла)".into(),
        Msg::AllAnswers => "Все ответы".into(),
        Msg::NotAnswered => "Нет ответа".into(),
        Msg::ChartHeading => "Общая картина".into(),
        Msg::ChartOverall => "Вся программа".into(),
        Msg::ChartFindings => "Поставки по результатам проверки".into(),
        Msg::ChartText { title, parts, total } => {
            let count = |n: usize| super::Count::new(crate::core::question_set::Lang::Ru, n);
            let parts: Vec<String> = parts.iter().map(|(label, n)| format!("{label}: {}", count(*n))).collect();
            if parts.is_empty() {
                format!("{title} — Всего: {}.", count(*total))
            } else {
                format!("{title} — {}. Всего: {}.", parts.join("; "), count(*total))
            }
        }
        Msg::ExportAs => "Экспорт".into(),
        Msg::ExportFormat(f) => match f {
            ExportFormat::Json => "JSON (для повторного импорта)",
            ExportFormat::Csv => "CSV (электронная таблица)",
            ExportFormat::Markdown => "Markdown (сводка)",
            ExportFormat::Xlsx => "Книга Excel (XLSX)",
            ExportFormat::Html => "Отчёт для печати (HTML)",
        }
        .into(),
        Msg::Import => "Импортировать оценку (JSON)".into(),
        Msg::ImportPreview { name, organisation, answered, total } => format!(
            "Файл: «{name}»{}; получены ответы на {answered} из {total} {}.",
            if organisation.is_empty() { String::new() } else { format!(" ({organisation})") },
            plural(*total, "пункта", "пунктов", "пунктов")
        ),
        Msg::ImportIntegrity(i) => match i {
            Integrity::Intact => "Отпечаток совпадает: файл не изменялся после экспорта.",
            Integrity::Altered => "Внимание: отпечаток не совпадает. Файл был изменён после экспорта.",
            Integrity::Unsigned => "У этого файла нет отпечатка, поэтому его нельзя проверить.",
        }
        .into(),
        Msg::ImportSetDiffers => "Контрольный перечень в этом файле отличается от перечня в этом инструменте (идентификатор тот же, содержание другое).".into(),
        Msg::ImportMigrated(v) => format!("Файл прочитан в формате версии {v} и преобразован."),
        Msg::ImportAsNew => "Добавить как новую оценку".into(),
        Msg::ImportReplace => "Заменить открытую оценку".into(),
        Msg::ImportedName => "Импортированная оценка".into(),
        Msg::ImportDone(name) => format!("Импортировано: «{name}»."),
        Msg::ImportFailed(e) => format!("Этот файл не импортирован: {}. Текущая работа не изменилась.", import_error(e)),
        Msg::Acknowledge => "Понятно".into(),
        Msg::Register => "Реестр проверенных поставок".into(),
        Msg::NewShipment => "Проверить новую поставку".into(),
        Msg::NewShipmentReference(n) => format!("Поставка {n}"),
        Msg::OpenShipment(r) => format!("Открыть {r}"),
        Msg::BackToRegister => "Назад к реестру".into(),
        Msg::RemoveShipment => "Удалить из реестра".into(),
        Msg::ConfirmRemoveShipment(r) => format!("Удалить поставку «{r}» и результаты её проверки? Это действие нельзя отменить."),
        Msg::ShipmentRecord => "Сведения о поставке".into(),
        Msg::ShipmentField(f) => match f {
            TextField::Reference => "Номер",
            TextField::Date => "Дата",
            TextField::Consignor => "Грузоотправитель",
            TextField::Consignee => "Грузополучатель",
            TextField::EndUser => "Заявленный конечный пользователь",
            TextField::EndUse => "Заявленное конечное использование",
            TextField::Destination => "Страна назначения",
            TextField::Description => "Описание продукции",
            TextField::Quantity => "Количество",
            TextField::Value => "Стоимость",
            TextField::Exemption => "Изъятие из эмбарго или одобрение Комитета, на которое опирается передача",
            TextField::Broker => "Брокер или посредник",
            TextField::Carrier => "Перевозчик (судоходная линия, авиакомпания, автоперевозчик)",
            TextField::Vessel => "Судно или воздушное судно (название, номер ИМО)",
        }
        .into(),
        Msg::ModeLabel => "Вид транспорта".into(),
        Msg::ModeName(m) => mode_name(*m).into(),
        Msg::Unknown => "Неизвестно".into(),
        Msg::CategoryLabel => "Категория продукции".into(),
        Msg::CategoryName(c) => match c {
            Category::BattleTanks => "Боевые танки",
            Category::ArmouredCombatVehicles => "Боевые бронированные машины",
            Category::LargeCalibreArtillery => "Артиллерийские системы большого калибра",
            Category::CombatAircraft => "Боевые самолёты",
            Category::AttackHelicopters => "Ударные вертолёты",
            Category::Warships => "Военные корабли",
            Category::MissilesAndLaunchers => "Ракеты и ракетные пусковые установки",
            Category::SmallArmsLightWeapons => "Стрелковое оружие и лёгкие вооружения",
            Category::Ammunition => "Боеприпасы (ст. 3)",
            Category::PartsComponents => "Части и компоненты (ст. 4)",
        }
        .into(),
        Msg::TransitLabel => "Пункты транзита или перевалки (разделяйте знаком ;)".into(),
        Msg::DocumentsHeading => "Просмотренные документы".into(),
        Msg::DocumentName(d) => match d {
            Document::EndUserCertificate => "Сертификат конечного пользователя",
            Document::ExportLicence => "Экспортная лицензия",
            Document::TransportDocuments => "Транспортные документы",
        }
        .into(),
        Msg::DocStatusName(d) => match d {
            DocStatus::NotSeen => "Не просмотрено",
            DocStatus::Seen => "Просмотрено, не проверено",
            DocStatus::Verified => "Проверено",
        }
        .into(),
        Msg::Indicators => "Тревожные признаки".into(),
        Msg::CheckPresent => "Присутствует".into(),
        Msg::CheckNotPresent => "Отсутствует".into(),
        Msg::CheckNotChecked => "Не проверено".into(),
        Msg::RuleContains { value, word } => format!("«{value}» содержит «{word}»"),
        Msg::AutomaticRule(detail) => format!("Автоматическая проверка: {detail}"),
        Msg::FindingHeading => "Результат проверки".into(),
        Msg::FindingTitle(l) => format!("Результат проверки: {}", text(&Msg::LevelName(*l))),
        Msg::LevelName(l) => match l {
            Level::Stop => "Стоп",
            Level::Inquire => "Выяснение",
            Level::Incomplete => "Не завершено",
            Level::NoRedFlags => "Тревожных признаков не выявлено",
        }
        .into(),
        Msg::LevelExplain(l) => match l {
            Level::Stop => "Не продолжайте. Передайте вопрос об этой поставке в компетентный орган.",
            Level::Inquire => "Выявлены тревожные признаки. Проясните их, прежде чем продолжать.",
            Level::Incomplete => "Ещё не все применимые индикаторы проверены.",
            Level::NoRedFlags => "Все применимые индикаторы проверены; ни один из них не выявлен.",
        }
        .into(),
        Msg::NotApproval => "Это результат проверки, а не одобрение и не решение о выдаче лицензии.".into(),
        Msg::DrivenBy => "Основания".into(),
        Msg::QuestionsToAsk => "Вопросы, которые следует задать".into(),
        Msg::ContextNoted => "Учтённые контекстные факторы (требуют более тщательной проверки)".into(),
        Msg::UncheckedCount(n) => format!(
            "{n} {}",
            plural(
                *n,
                "применимый индикатор не проверен",
                "применимых индикатора не проверены",
                "применимых индикаторов не проверены"
            )
        ),
        Msg::OverridingRiskFound => "Оценка по пункту 4 статьи 7 выявила преобладающий риск.".into(),
        Msg::FilterByFinding => "Результат проверки".into(),
        Msg::AllFindings => "Все результаты".into(),
        Msg::RowsShown { shown, total } => format!(
            "{shown} из {total} {}",
            plural(total.n, "поставки", "поставок", "поставок")
        ),
        Msg::SortAdded => "Порядок добавления".into(),
        Msg::SortBy => "Сортировать по".into(),
        Msg::Gbv74Heading => "Пункт 4 статьи 7: гендерное насилие и насилие в отношении женщин и детей".into(),
        Msg::Gbv74Intro => "Пройдите шесть шагов по порядку. Меры по снижению риска (шаг 5) рассматриваются до того, как определить, существует ли преобладающий риск (шаг 6); при наличии преобладающего риска передача осуществляться не должна.".into(),
        Msg::CompleteStep(n) => format!("Завершить шаг {n}"),
        Msg::ReopenStep(n) => format!("Открыть шаг {n} повторно"),
        Msg::StepDone => "Выполнено".into(),
        Msg::StepLocked => "Сначала выполните предыдущие шаги.".into(),
        Msg::MitigationQuestion => "Могут ли меры по снижению риска или иные средства обеспечить его надлежащее и значительное уменьшение?".into(),
        Msg::OverridingQuestion => "Существует ли преобладающий риск наступления негативных последствий, выявленных на шаге 4?".into(),
        Msg::Yes => "Да".into(),
        Msg::No => "Нет".into(),
        Msg::BatchImport => "Проверить партию поставок (файл CSV или Excel)".into(),
        Msg::BatchTemplate => "Скачать шаблон CSV".into(),
        Msg::BatchMapping => "Какое поле содержится в каждом столбце?".into(),
        Msg::BatchIgnore => "(пропустить этот столбец)".into(),
        Msg::BatchScreen => "Проверить эти строки".into(),
        Msg::BatchReading => "Чтение файла…".into(),
        Msg::BatchUnreadable(e) => read_error(e),
        Msg::BatchTooLarge { bytes, limit } => {
            let s = |b: u64| super::size(b, ",", ["Б", "КБ", "МБ", "ГБ", "ТБ"]);
            format!("Размер файла — {}; файл партии может быть не больше {}. Разделите его на файлы поменьше.", s(*bytes), s(*limit))
        }
        Msg::BatchWorkerFailed(_) => "Не удалось запустить модуль чтения файлов в этом браузере, поэтому файл не прочитан. Перезагрузите страницу и повторите попытку.".into(),
        Msg::BatchFormat(f) => match f {
            Format::Csv { encoding, delimiter, .. } => format!("Прочитан как CSV: кодировка {}, поля разделены {}.", encoding_name(*encoding), separated_by(*delimiter)),
            Format::Xlsx { sheet, sheets } => {
                let first = format!("Прочитан первый лист книги — «{sheet}».");
                if *sheets > 1 { first + &format!(" Листов в книге: {sheets}; читается только первый.") } else { first }
            }
        },
        Msg::BatchDelimiter => "Разделитель полей".into(),
        Msg::DelimiterName(d) => match d {
            Delimiter::Comma => "запятая (,)",
            Delimiter::Semicolon => "точка с запятой (;)",
            Delimiter::Tab => "табуляция",
        }
        .into(),
        Msg::TechnicalDetails => "Технические подробности".into(),
        Msg::TryAgain => "Повторить".into(),
        Msg::BatchResult { screened, rejected } => format!(
            "{screened} {}; {rejected} {} (см. ниже).",
            plural(
                screened.n,
                "строка проверена и добавлена в реестр",
                "строки проверены и добавлены в реестр",
                "строк проверено и добавлено в реестр"
            ),
            plural(rejected.n, "строка не проверена", "строки не проверены", "строк не проверено")
        ),
        Msg::RowError { line, problem, .. } => format!("Строка {line}: {}", row_problem(problem)),
        Msg::ReferenceLists => "Справочные перечни, используемые при автоматических проверках".into(),
        Msg::JurisdictionsHeading => "Какие эмбарго для вас обязательны".into(),
        Msg::JurisdictionsHelp => "Эмбарго Совета Безопасности ООН обязательны для всех государств и учитываются всегда. Отметьте каждую юрисдикцию, право которой для вас обязательно (потому что вы, ваша компания или товары находятся под ее юрисдикцией): ее эмбарго будут учитываться так же, как эмбарго ООН, а остальные показываются только как контекст. Ваш выбор сохраняется и записывается в каждый экспорт.".into(),
        Msg::JurisdictionsCounted(names) => format!("Учитываемые эмбарго: {names}"),
        Msg::UnSecurityCouncil => "Совет Безопасности ООН".into(),
        Msg::ListAsOf(d) => format!("Сведения по состоянию на {d}"),
        Msg::ExportedOn(d) => format!("Дата экспорта: {d}"),
        Msg::ListEntries(n) => format!("{n} {}", plural(*n, "запись", "записи", "записей")),
        Msg::ListRemoveEntry(name) => format!("Удалить {name}"),
        Msg::ListAddEntry => "Добавить запись".into(),
        Msg::ListEntryName => "Наименование".into(),
        Msg::ListEntryAliases => "Другие наименования и коды (разделяйте знаком ;)".into(),
        Msg::ListsChanged => "Используются отредактированные вами перечни; все поставки проверены повторно.".into(),
        Msg::ImportRegister => "Импортировать реестр (JSON) с добавлением к текущему".into(),
        Msg::RegisterImported { shipments, integrity } => format!(
            "{} {}. {}",
            super::Count::new(super::Lang::Ru, *shipments),
            plural(
                *shipments,
                "поставка импортирована и проверена повторно",
                "поставки импортированы и проверены повторно",
                "поставок импортировано и проверено повторно"
            ),
            text(&Msg::ImportIntegrity(*integrity))
        ),
        Msg::ChangedInAnotherTab => "Эта работа была изменена в другой вкладке или окне; то, что вы видите сейчас, включает эти изменения.".into(),
        Msg::OpeningStorage => "Открываем сохраненную работу…".into(),
        Msg::PartLoading => "Загрузка этой части виджета…".into(),
        Msg::PartUnavailable => "Не удалось загрузить эту часть виджета: возможно, прервалось соединение или сайт больше не предоставляет эту версию. Ваша работа сохранена. Повторите попытку или перезагрузите страницу.".into(),
        Msg::StorageWrittenBack => "Пока эта страница была открыта, сохраненные данные этого сайта в браузере были удалены. Ваша работа на экране сохранена заново.".into(),
        Msg::StorageNewer => "Сохраненная в этом браузере работа записана более новой версией инструмента, или более новая версия только что открыта в другой вкладке. Чтобы ее не повредить, с этой страницы больше ничего не сохраняется: экспортируйте то, что на экране, а затем перезагрузите страницу.".into(),
        Msg::StorageUnavailable => "Этот браузер не позволяет инструменту сохранять вашу работу. \
            Ваши ответы останутся на этой странице, пока вы её не закроете: экспортируйте их, прежде чем уйти."
            .into(),
        Msg::StorageFull => "Хранилище браузера заполнено, поэтому последнее изменение не сохранено. \
            Экспортируйте свою работу сейчас, а затем освободите место."
            .into(),
        Msg::SavedWorkUnreadable(e) => format!(
            "Не удалось прочитать сохранённую работу: {}. Она оставлена без изменений; \
             вы начинаете с пустой оценки.",
            load_error(e)
        ),
        Msg::SavedPartUnreadable(part, e) => format!(
            "{} {} Сохранённые данные отложены без изменений.",
            match part {
                SavedPart::ListEdits => "Не удалось прочитать сохранённые вами изменения справочных перечней; используются встроенные перечни.",
                SavedPart::Jurisdictions => "Не удалось прочитать сохранённый вами выбор юрисдикций; учитываются только эмбарго Совета Безопасности ООН.",
                SavedPart::PartyDecisions => "Не удалось прочитать сохранённые вами решения по возможным совпадениям; эти совпадения показаны как нерешённые.",
            },
            match e {
                LoadError::UnsupportedVersion(_) => "Они сохранены более новой версией инструмента.",
                _ => "Они не в том виде, в котором их сохраняет этот инструмент.",
            }
        ),
        Msg::TranslationForReview => "Перевод для проверки: этот текст ещё не сверен с английским оригиналом.".into(),
        Msg::LanguagePackFailed(l) => format!("Не удалось загрузить тексты на языке «{}»; они показаны на английском.", lang_name(*l)),
        Msg::YourData => "Ваши данные".into(),
        Msg::YourDataIntro => "Ваша работа хранится только в этом браузере на этом устройстве. Полная резервная копия — это один файл со всеми данными (оценки, реестр отгрузок, изменения списков, юрисдикции, собственные наборы вопросов и язык интерфейса): храните его в надёжном месте и восстанавливайте здесь или в другом браузере.".into(),
        Msg::BackupDownload => "Скачать полную резервную копию".into(),
        Msg::BackupRestore => "Восстановить из резервной копии".into(),
        Msg::BackupPreview { assessments, shipments, custom_sets } => format!(
            "В резервной копии: оценок — {}, отгрузок — {}, собственных наборов вопросов — {}. Восстановление заменит работу в этом браузере.",
            super::Count::new(super::Lang::Ru, *assessments),
            super::Count::new(super::Lang::Ru, *shipments),
            super::Count::new(super::Lang::Ru, *custom_sets)
        ),
        Msg::BackupConfirm => "Заменить мою работу этой резервной копией".into(),
        Msg::BackupRestored { assessments, shipments } => format!(
            "Резервная копия восстановлена: оценок — {}, отгрузок — {}.",
            super::Count::new(super::Lang::Ru, *assessments),
            super::Count::new(super::Lang::Ru, *shipments)
        ),
        Msg::BackupFailed(e) => format!("Резервная копия не восстановлена: {}. Текущая работа не изменилась.", match e {
            crate::core::backup::BackupError::File(ImportError::NotAnExport) => "это не полная резервная копия этого инструмента".to_owned(),
            crate::core::backup::BackupError::File(e) => import_error(e),
            crate::core::backup::BackupError::Part { part, error } => format!("в {}: {}", part_name(*part), import_error(error)),
            crate::core::backup::BackupError::CustomSet(e) => format!("содержащийся в ней собственный набор вопросов отклонён: {}", super::old_custom_set_error(crate::core::question_set::Lang::Ru, e)),
        }),
        Msg::Persistence(p) => match p {
            crate::core::backup::Persistence::Granted => "Браузер обязался хранить ваши данные: он не удалит их, чтобы освободить место.",
            crate::core::backup::Persistence::NotGranted => "Браузер может удалить ваши данные при нехватке места (его не просили их сохранить или он не согласился).",
            crate::core::backup::Persistence::Unsupported => "Этот браузер не может сообщить, сохранит ли он ваши данные.",
        }
        .into(),
        Msg::PersistAsk => "Попросить браузер сохранить их".into(),
        Msg::StorageUsage { used, quota } => {
            let units = ["Б", "КБ", "МБ", "ГБ", "ТБ"];
            format!("Хранится: {} из {}.", super::size(*used, ",", units), super::size(*quota, ",", units))
        }
        Msg::LastBackup(Some(d)) => format!("Последняя резервная копия или экспорт: {d}."),
        Msg::LastBackup(None) => "Из этого браузера ещё не создавались резервные копии и не выполнялся экспорт.".into(),
        Msg::BackupReminder => "За последние 7 дней ваша работа не сохранялась в файл. Скачайте полную резервную копию, чтобы иметь копию вне этого браузера.".into(),
        Msg::WidgetVersion(v) => format!("att-diligence, версия {v}"),
        Msg::ContentBroken(_) => "Не удалось загрузить встроенный контрольный перечень, поэтому инструмент не может запуститься. Перезагрузите страницу; если сообщение появится снова, сообщите администратору этого сайта.".into(),
    }
}

pub(crate) fn problem(p: &Problem) -> String {
    let what = match &p.kind {
        ProblemKind::UnsupportedFormat(v) => format!(
            "версия формата {v} не поддерживается (этот инструмент читает версию {FORMAT_VERSION})"
        ),
        ProblemKind::EmptyText => "текст пуст".into(),
        ProblemKind::BadId(id) => format!(
            "идентификатор `{id}` должен состоять из строчных латинских букв, цифр, точек и дефисов и начинаться с буквы"
        ),
        ProblemKind::DuplicateId(id) => format!("идентификатор `{id}` используется более одного раза"),
        ProblemKind::BadVersion(v) => format!("версия `{v}` не соответствует формату MAJOR.MINOR.PATCH"),
        ProblemKind::BadArticle(a) => format!("`{a}` не является ссылкой на статью Договора вида `7(4)`"),
        ProblemKind::NoProvenance => "для каждого пункта необходимо указать хотя бы один источник".into(),
        ProblemKind::UnknownElement(id) => {
            format!("`{id}` не является элементом каталога источников")
        }
        ProblemKind::UnknownPublicSource(id) => format!("`{id}` не входит в каталог общедоступных источников"),
        ProblemKind::EmptyReference => "для общедоступного источника необходимо указать конкретное место в нём (`ref`)".into(),
        ProblemKind::NotForModule(what) => format!("{what} не используется в этом модуле"),
        ProblemKind::Missing(what) => format!("в этом модуле требуется {what}"),
        ProblemKind::BadStep(s) => format!("шаг {s} вне диапазона от 1 до 6"),
        ProblemKind::StepOutsideSection { step } => format!(
            "пункт шага {step} должен находиться в разделе этого шага (разделы соответствуют шагам с 1 по 6 по порядку)"
        ),
        ProblemKind::SinceAfterSet(v) => format!("версия `{v}` новее собственной версии набора"),
        ProblemKind::NoItems => "не содержит пунктов".into(),
    };
    format!("{}, поле `{}`: {what}", location(&p.location), p.field)
}

pub(crate) fn location(l: &Location) -> String {
    match l {
        Location::Set => "набор".into(),
        Location::Section(id) => format!("раздел {id}"),
        Location::Item(id) => format!("пункт {id}"),
        Location::ItemAt { section, position } => match section {
            SectionRef::Id(id) => format!("раздел {id}, пункт № {position}"),
            SectionRef::At(n) => format!("раздел № {n}, пункт № {position}"),
        },
    }
}

pub(crate) fn custom_set_error(e: &CustomSetError) -> String {
    match e {
        CustomSetError::TooLarge { bytes } => format!(
            "размер файла — {}; размер набора вопросов не может превышать {}",
            file_size(*bytes),
            file_size(MAX_BYTES)
        ),
        CustomSetError::NotJson(e) => json_error(e),
        CustomSetError::UnsupportedFormat(Some(v)) => format!(
            "версия формата {v} не поддерживается (этот инструмент читает версию {FORMAT_VERSION})"
        ),
        CustomSetError::UnsupportedFormat(None) => {
            "в файле нет номера `format`, поэтому он не является набором вопросов".into()
        }
        CustomSetError::Shape { location: l, error } => {
            format!("{}: {}", location(l), json_error(error))
        }
        CustomSetError::Invalid(ps) => ps.iter().map(problem).collect::<Vec<_>>().join("; "),
    }
}

pub(crate) fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Sea => "Морской",
        Mode::Air => "Воздушный",
        Mode::Road => "Автомобильный",
        Mode::Rail => "Железнодорожный",
        Mode::Multimodal => "Мультимодальный",
    }
}

pub(crate) fn row_problem(p: &RowProblem) -> String {
    match p {
        RowProblem::FieldCount { expected, found } => format!("полей в строке: {found}, а в заголовке: {expected}; проверьте, нет ли лишнего или недостающего разделителя или кавычки"),
        RowProblem::MissingReference => "не указан номер".into(),
        RowProblem::MissingDestination => "не указана страна назначения".into(),
        RowProblem::BadMode(v) => format!(
            "«{v}» не является видом транспорта (допустимые значения: sea, air, road, rail, multimodal)"
        ),
        RowProblem::BadCategory(v) => format!("«{v}» не является категорией продукции"),
        RowProblem::BadDate(v) => {
            format!("«{v}» не является датой в формате YYYY-MM-DD")
        }
        RowProblem::BadDocument { column, value } => {
            format!("{column}: значение «{value}» не входит в число допустимых (none, seen, verified)")
        }
    }
}

pub(crate) fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { bytes, limit } => format!(
            "размер файла — {}, а инструмент читает файлы этого типа размером не более {}",
            file_size(*bytes),
            file_size(*limit)
        ),
        ImportError::NotText { .. } => "файл не является текстом в кодировке UTF-8 (возможно, это файл другого типа или он сохранён в другой кодировке)".into(),
        ImportError::NotJson(e) | ImportError::Malformed(e) => json_error(e),
        ImportError::NotAnExport => "файл не был экспортирован этим инструментом".into(),
        ImportError::NewerFormat(v) => {
            format!("файл записан в формате версии {v}, более новой, чем может прочитать этот инструмент")
        }
        ImportError::UnknownSet(id) => format!(
            "файл содержит ответы на набор вопросов «{id}», которого нет в этом инструменте"
        ),
    }
}

/// What is wrong in a JSON file: where the text breaks, or which field and why.
pub(crate) fn json_error(e: &JsonError) -> String {
    let field = format!("поле «{}»", e.path);
    match &e.kind {
        JsonKind::Syntax => format!(
            "текст перестаёт быть корректным JSON начиная со строки {}, столбца {}",
            e.line, e.column
        ),
        JsonKind::CutOff => "файл обрывается раньше времени; возможно, он неполный".into(),
        JsonKind::TooDeep => format!(
            "вложенность данных превышает {MAX_DEPTH} уровней, чего не бывает ни в одном файле этого инструмента"
        ),
        JsonKind::Missing => format!("отсутствует {field}"),
        JsonKind::UnknownField => format!("{field} не предусмотрено в файлах этого типа"),
        JsonKind::Duplicate => format!("{field} встречается дважды"),
        JsonKind::UnknownValue { value, allowed } if allowed.is_empty() => {
            format!("{field} не может иметь значение «{value}»")
        }
        JsonKind::UnknownValue { value, allowed } => format!(
            "{field} не может иметь значение «{value}» (допустимые значения: {})",
            allowed.join(", ")
        ),
        JsonKind::Expected(Expected::Other) | JsonKind::Invalid if e.path.is_empty() => {
            "файл содержит данные, недопустимые в файлах этого типа".into()
        }
        JsonKind::Expected(Expected::Other) | JsonKind::Invalid => {
            format!("{field} содержит значение, недопустимое в файлах этого типа")
        }
        JsonKind::Expected(x) if e.path.is_empty() => {
            format!("файл должен содержать {}", expected(*x))
        }
        JsonKind::Expected(x) => format!("{field} должно содержать {}", expected(*x)),
        JsonKind::NotADate { value } => format!(
            "{field} содержит «{value}» — это не дата в формате ГГГГ-ММ-ДД (например, 2026-12-31)"
        ),
    }
}

/// The kind of value, as the object of «содержать».
pub(crate) fn expected(x: Expected) -> &'static str {
    match x {
        Expected::Text => "текст",
        Expected::WholeNumber => "целое число",
        Expected::Number => "число",
        Expected::TrueFalse => "true или false",
        Expected::List => "список",
        Expected::Group => "группу полей",
        Expected::Other => "значение другого типа",
    }
}

/// A part of a backup, as «в …» needs it.
pub(crate) fn part_name(p: Part) -> String {
    match p {
        Part::Assessment(i) => format!("оценке № {} из резервной копии", i + 1),
        Part::Register => "реестре поставок из резервной копии".into(),
        Part::Lists => "изменениях перечней из резервной копии".into(),
    }
}

pub(crate) fn file_size(bytes: usize) -> String {
    super::size(bytes as u64, ",", ["Б", "КБ", "МБ", "ГБ", "ТБ"])
}

/// The Russian plural form for `n`: `one` for 1, 21, 31…; `few` for 2–4, 22–24…;
/// `many` for 0, 5–20, 25–30… (11–14 always take `many`).
pub(crate) fn plural<'a>(n: usize, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let (units, tens) = (n % 10, n % 100);
    if units == 1 && tens != 11 {
        one
    } else if (2..=4).contains(&units) && !(12..=14).contains(&tens) {
        few
    } else {
        many
    }
}

pub(crate) fn read_error(e: &ReadError) -> String {
    match e {
        ReadError::TooManyCells { limit } => format!(
            "На первом листе этой книги больше {} ячеек — больше, чем виджет читает из одного файла. Распределите поставки по нескольким файлам.",
            super::Count::new(crate::core::question_set::Lang::Ru, *limit as usize)
        ),
        ReadError::Empty => "Файл пуст: в нём нет ни строки заголовков, ни одной поставки.".into(),
        ReadError::NoRows => "В файле есть строка заголовков, но под ней нет ни одной поставки.".into(),
        ReadError::NotWorkbook { .. } => "Файл похож на книгу Excel (.xlsx), но открыть его не удалось: возможно, он повреждён или это файл другого типа. Откройте его в табличном редакторе и снова сохраните в формате .xlsx или CSV.".into(),
        ReadError::NoSheet => "В этой книге нет листа с данными. Поместите поставки на первый лист.".into(),
        ReadError::OldOrProtectedWorkbook => "Это книга Excel 97–2003 (.xls) или книга, защищённая паролем; виджет не может её прочитать. Сохраните её в формате .xlsx (без пароля) или CSV и выберите этот файл.".into(),
        ReadError::NotText => "Этот файл не является ни файлом CSV, ни книгой Excel (это не текст). Выберите файл .csv, .txt или .xlsx.".into(),
    }
}

pub(crate) fn encoding_name(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf8Bom => "UTF-8 с меткой порядка байтов",
        Encoding::Utf16Le => "UTF-16 (текст Юникод)",
        Encoding::Utf16Be => "UTF-16 (big-endian)",
        Encoding::Windows1252 => "Windows-1252 (западноевропейская; файл не в UTF-8)",
    }
}

/// The delimiter as the "separated by …" sentence needs it.
pub(crate) fn separated_by(d: Delimiter) -> &'static str {
    match d {
        Delimiter::Comma => "запятыми (,)",
        Delimiter::Semicolon => "точками с запятой (;)",
        Delimiter::Tab => "табуляциями",
    }
}

/// Where a cut cell was, for the message that lists them.
pub(crate) fn cut_place(c: &Cut) -> String {
    let whose = match &c.whose {
        Whose::Assessment => "оценка".to_owned(),
        Whose::Set => "набор вопросов".to_owned(),
        Whose::Section(t) => format!("раздел «{t}»"),
        Whose::Item { question: q, .. } => format!("пункт «{q}»"),
        Whose::Shipment(r) => format!("поставка {r}"),
    };
    let field = match c.field {
        CutField::Name => "Название".to_owned(),
        CutField::Title if matches!(c.whose, Whose::Item { .. }) => "Вопрос".to_owned(),
        CutField::Title => "Заголовок".to_owned(),
        CutField::Detail(f) => text(&Msg::Detail(f)),
        CutField::Answer(f) => text(&Msg::FieldLabel(f)),
        CutField::Shipment(f) => text(&Msg::ShipmentField(f)),
        CutField::Transit => "Пункты транзита".to_owned(),
        CutField::Parties => text(&Msg::Party(super::party::PartyMsg::PartiesHeading)),
    };
    format!("{whose} ({field})")
}

/// Why no workbook was written, and what to do instead.
pub(crate) fn xlsx_failure(e: &XlsxError) -> &'static str {
    match e {
        XlsxError::Unavailable(_) => "не удалось загрузить компонент, который записывает файлы XLSX, или он прекратил работу (возможно, страница не в сети или книга слишком велика для памяти браузера). Повторите попытку или экспортируйте в CSV.",
        XlsxError::TimedOut(_) => "компонент, который записывает файлы XLSX, не запустился вовремя (возможно, соединение медленное или страница не в сети). Повторите попытку или экспортируйте в CSV.",
        XlsxError::Blocked(_) => "политика безопасности этой страницы (Trusted Types) не позволяет запустить компонент, который записывает файлы XLSX. Экспортируйте в CSV или попросите администратора сайта разрешить политику Trusted Types «att-diligence».",
        XlsxError::TooManyRows(_) => "в ней было бы больше строк, чем вмещает лист (1\u{a0}048\u{a0}576). Экспортируйте в CSV или JSON.",
        XlsxError::Refused(_) => "компонент записи XLSX отклонил книгу. Экспортируйте в CSV или JSON.",
    }
}
