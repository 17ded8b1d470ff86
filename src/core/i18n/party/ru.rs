use super::{file_name, stamps, tenths, PartyMsg};
use crate::core::i18n::Count;
use crate::core::parties::{Role, Source, Verdict};
use crate::core::question_set::Lang;
use att_lists::{CsvReason, FileKind, ListError};

pub(crate) fn n(v: usize) -> Count {
    Count::new(Lang::Ru, v)
}

pub(crate) fn source_name(s: Source) -> &'static str {
    match s {
        Source::Un => "Сводный санкционный перечень Совета Безопасности ООН",
        Source::OfacSdn => "Список граждан особых категорий (SDN) Управления по контролю за иностранными активами (OFAC) США",
        Source::UsCsl => "Сводный список для проверки (Consolidated Screening List, CSL) США",
    }
}

pub(crate) fn short(s: Source) -> &'static str {
    match s {
        Source::Un => "ООН",
        Source::OfacSdn => "OFAC SDN",
        Source::UsCsl => "CSL США",
    }
}

/// What follows the word «файл» in every case it takes, so it never has to decline.
pub(crate) fn file_kind(k: FileKind) -> &'static str {
    match k {
        FileKind::UnXml => "перечня ООН (XML)",
        FileKind::OfacSdn => "sdn.csv OFAC",
        FileKind::OfacAlt => "alt.csv OFAC (псевдонимы)",
        FileKind::OfacAdd => "add.csv OFAC (адреса)",
        FileKind::UsCsl => "Consolidated Screening List (CSV)",
    }
}

pub(crate) fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::NotSame => "Не та же сторона",
        Verdict::Escalated => "Передано на более высокий уровень",
        Verdict::Confirmed => "Совпадение подтверждено",
    }
}

pub(crate) fn role(r: Role) -> &'static str {
    match r {
        Role::Consignor => "Грузоотправитель",
        Role::Consignee => "Грузополучатель",
        Role::EndUser => "Конечный пользователь",
        Role::Broker => "Брокер",
        Role::Carrier => "Перевозчик",
        Role::Vessel => "Судно или воздушное судно",
    }
}

pub(crate) fn refused(error: &ListError, files: &[String]) -> String {
    let kept = " Ранее загруженные перечни не изменились.";
    let why = match error {
        ListError::Empty { index } => format!("Файл {} пуст.", file_name(files, *index)),
        ListError::UnknownFormat { index } => format!(
            "Файл {} не относится к перечням, которые читает этот инструмент: Сводный перечень ООН (XML), sdn.csv OFAC (вместе с alt.csv и add.csv) или Consolidated Screening List (CSV).",
            file_name(files, *index)
        ),
        ListError::NotXml { line, .. } => format!(
            "Перечень ООН перестаёт быть корректным XML в строке {line}: возможно, файл повреждён."
        ),
        ListError::Truncated { element, line } => format!(
            "Перечень ООН заканчивается раньше, чем закрыт элемент {element}, открытый в строке {line}: вероятно, загрузка была прервана. Скачайте его заново."
        ),
        ListError::MissingElement { element, line } => format!(
            "В записи перечня ООН, которая начинается в строке {line}, нет элемента {element}."
        ),
        ListError::Csv { file, line, reason } => match reason {
            CsvReason::FieldCount { expected, found } => format!(
                "В строке {line} файла {} число полей — {found}, а по формату их должно быть {expected}.",
                file_kind(*file)
            ),
            CsvReason::NotANumber { field, value } => format!(
                "Строка {line} файла {}: в поле {field} указано «{value}», а не число.",
                file_kind(*file)
            ),
            CsvReason::Syntax { .. } => format!(
                "Строку {line} файла {} не удаётся прочитать как CSV.",
                file_kind(*file)
            ),
        },
        ListError::MissingField { file, line, field } => format!(
            "В строке {line} файла {} нет поля {field}.",
            file_kind(*file)
        ),
        ListError::Mixed { first, other } => format!(
            "Файл {} и файл {} относятся к двум разным перечням: загружайте каждый перечень отдельно.",
            file_kind(*first),
            file_kind(*other)
        ),
        ListError::Duplicate { kind } => format!(
            "Файл {} указан дважды: загрузите по одному экземпляру каждого файла.",
            file_kind(*kind)
        ),
        ListError::AltWithoutSdn { given } => format!(
            "Файл {} относится к sdn.csv OFAC: загружайте его вместе с sdn.csv.",
            file_kind(*given)
        ),
    };
    format!("Перечень не загружен. {why}{kept}")
}

pub(crate) fn text(msg: &PartyMsg) -> String {
    match msg {
        PartyMsg::ListsHeading => "Санкционные перечни для проверки сторон".into(),
        PartyMsg::ListsHelp => "Загрузите перечни, скачанные с их официальных сайтов; после этого каждая сторона каждой поставки проверяется по ним. Файлы остаются на этом устройстве: инструмент никуда не отправляет наименования, никогда не скачивает перечни и не содержит собственных. Проверка актуальна лишь настолько, насколько актуальны загруженные файлы: загружайте каждый перечень заново, когда он обновляется.".into(),
        PartyMsg::LoadFiles => "Загрузить файл перечня (для OFAC — sdn.csv вместе с alt.csv и add.csv)".into(),
        PartyMsg::NoList => "Перечни не загружены: стороны не проверяются.".into(),
        PartyMsg::SourceName(s) => source_name(*s).into(),
        PartyMsg::SourceWhere(s) => match s {
            Source::Un => "На сайте Совета Безопасности: Сводный перечень в формате XML (consolidated.xml).",
            Source::OfacSdn => "В Sanctions List Service Министерства финансов США: CSV-файлы прежнего формата sdn.csv, alt.csv и add.csv.",
            Source::UsCsl => "На trade.gov: Consolidated Screening List в формате CSV (consolidated.csv).",
        }
        .into(),
        PartyMsg::Dated { date: Some(d), own: true } => format!("Перечень сформирован {d}"),
        PartyMsg::Dated { date: Some(d), own: false } => {
            format!("Дата файла: {d} (в самом перечне дата не указана)")
        }
        PartyMsg::Dated { date: None, .. } => "Дата не указана".into(),
        PartyMsg::Entries { entries, names } => {
            format!("Записей: {}; наименований с учётом псевдонимов: {}", n(*entries), n(*names))
        }
        PartyMsg::Replace => "Заменить более новым файлом".into(),
        PartyMsg::Remove => "Удалить".into(),
        PartyMsg::Reading => "Чтение перечня…".into(),
        PartyMsg::Loaded(s) => format!("Загружено: {}.", source_name(*s)),
        PartyMsg::Refused { error, files } => refused(error, files),
        PartyMsg::WorkerFailed(_) => "Не удалось запустить часть инструмента, которая читает перечни и проверяет наименования, или её работа прервалась. Перезагрузите страницу и повторите попытку; ваши перечни и работа сохранены.".into(),
        PartyMsg::NotKept => "Перечень загружен на время этого посещения, но браузер отказался его сохранить (хранилище заполнено или запрещено): в следующий раз загрузите его снова.".into(),
        PartyMsg::Threshold => "Порог совпадения (0–100)".into(),
        PartyMsg::ThresholdHelp => "Наименование считается возможным совпадением, когда его оценка достигает порога. При более низком пороге находится больше вариантов написания, но и больше ложных совпадений; значение по умолчанию, 85, объясняется в руководстве. Порог применяется ко всем проверкам.".into(),
        PartyMsg::UsBinds => "Право США обязательно для меня или для товаров (лицо США, товары американского происхождения или товары, подпадающие под действие EAR)".into(),
        PartyMsg::UsBindsHelp => "Решения Совета Безопасности ООН о включении в перечень обязательны для всех государств: подтверждённое совпадение с перечнем ООН останавливает поставку. Подтверждённое совпадение с перечнем США останавливает её, только если вы отметите этот пункт; в противном случае оно требует выяснения. Выбор фиксируется в каждом экспорте.".into(),
        PartyMsg::DecisionsHeading => "Решения по возможным совпадениям".into(),
        PartyMsg::NoDecisions => "Решений пока нет.".into(),
        PartyMsg::Revoke => "Отозвать".into(),
        PartyMsg::DecisionLine { name, source, reference, listed_name, verdict: v, reason, decided_on, list_date } => {
            let mut s = format!(
                "«{name}» и {} {reference} «{listed_name}»: {}",
                short(*source),
                verdict(*v)
            );
            if !reason.is_empty() {
                s.push_str(&format!(" («{reason}»)"));
            }
            s.push_str(&format!(", {decided_on}"));
            if let Some(d) = list_date {
                s.push_str(&format!(", перечень от {d}"));
            }
            s
        }
        PartyMsg::PartiesHeading => "Проверка сторон".into(),
        PartyMsg::NotScreened => "Не проверено: загрузите санкционный перечень на панели перечней.".into(),
        PartyMsg::Screening => "Проверка…".into(),
        PartyMsg::NoMatch => "Возможных совпадений нет.".into(),
        PartyMsg::Match { matched_name, source, reference, score_tenths } => format!(
            "Возможное совпадение: «{matched_name}», {} {reference}, оценка {}",
            short(*source),
            tenths(*score_tenths, ',')
        ),
        PartyMsg::ListedName => "Наименование в перечне".into(),
        PartyMsg::Programmes => "Режим или программа".into(),
        PartyMsg::ListedOn => "Дата включения в перечень".into(),
        PartyMsg::SubList => "Перечень в составе CSL".into(),
        PartyMsg::MatchedAlias => "Совпавшее наименование".into(),
        PartyMsg::MatchedTokens => "Сопоставленные слова".into(),
        PartyMsg::MatchedIdentifier => "Точно совпавший идентификатор".into(),
        PartyMsg::VerdictName(v) => verdict(*v).into(),
        PartyMsg::Reason => "Основание (обязательно для варианта «не та же сторона»)".into(),
        PartyMsg::ReasonRequired => "Укажите, почему это не сторона из перечня (например, другая дата рождения, другой регистрационный номер или адрес).".into(),
        PartyMsg::Decided { verdict: v, reason, decided_on, list_date } => {
            let mut s = format!("{}, решение от {decided_on}", verdict(*v));
            if let Some(d) = list_date {
                s.push_str(&format!(", по перечню от {d}"));
            }
            if !reason.is_empty() {
                s.push_str(&format!(": «{reason}»"));
            }
            s
        }
        PartyMsg::ScreenAll => "Проверить все стороны".into(),
        PartyMsg::Cancel => "Отмена".into(),
        PartyMsg::Progress { done, total } => format!("Проверка сторон: обработано поставок — {} из {}", n(*done), n(*total)),
        PartyMsg::Cancelled { done, total } => format!(
            "Проверка отменена; обработано поставок — {} из {}. У остальных сохраняются результаты прежней проверки.",
            n(*done),
            n(*total)
        ),
        PartyMsg::Done { shipments, newly } => format!(
            "Все стороны проверены. Поставок с возможными совпадениями — {}, из них новых с момента последней проверки — {}.",
            n(*shipments),
            n(*newly)
        ),
        PartyMsg::OpenMatches => "Нерешённые совпадения".into(),
        PartyMsg::NewMatches => "новое".into(),
        PartyMsg::Evidence(e) => {
            let who = format!("{} «{}»", role(e.role), e.name);
            let entry = format!(
                "{} {} «{}» (совпавшее наименование «{}», оценка {})",
                short(e.source),
                e.reference,
                e.listed_name,
                e.matched_name,
                tenths(e.score_tenths, ',')
            );
            let date = e.list_date.as_ref().map(|d| format!(", перечень от {d}")).unwrap_or_default();
            match e.verdict {
                Some(Verdict::Confirmed) if e.binding => {
                    format!("{who}: подтверждено совпадение с записью {entry}{date}.")
                }
                Some(Verdict::Confirmed) => format!(
                    "{who}: подтверждено совпадение с записью {entry}{date}; вы не указали, что право, на котором основан этот перечень, для вас обязательно."
                ),
                Some(Verdict::Escalated) => format!(
                    "{who}: возможное совпадение с записью {entry}{date}; передано на более высокий уровень, решение ещё не принято."
                ),
                _ => format!("{who}: возможное совпадение с записью {entry}{date}; решение ещё не принято."),
            }
        }
        PartyMsg::Cleared(c) => format!(
            "Проверено наименований сторон — {}; перечни: {}; порог {}. Открытых возможных совпадений не осталось.",
            n(c.parties),
            stamps(c, short),
            tenths(c.threshold_tenths, ',')
        ),
        PartyMsg::RoleName(r) => role(*r).into(),
    }
}
