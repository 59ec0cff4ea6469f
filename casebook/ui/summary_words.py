"""The client summary in the window's language: every word ``services.summary`` prints.

The summary is written by the services (no Qt there); they word it through a
function from its English to the chosen language. The sentences exist once, in
the window's catalogue, under the ``SummaryWords`` context: the summary dialog
and ``casebook export summary --language es`` both take them from here. Court
filings, FOIL letters and the Council report are never worded through this.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from casebook.domain.errors import CasebookError
from casebook.services.summary import Words, english
from casebook.ui.translation import CATALOGUE, ENGLISH, QT_TRANSLATE_NOOP, translations_dir

LANGUAGES = {ENGLISH: "English", "es": "Español"}  # a summary's languages, named in their own

SOURCES = (
    QT_TRANSLATE_NOOP("SummaryWords", "{languages} (interpreter needed)"),
    QT_TRANSLATE_NOOP("SummaryWords", "Name"),
    QT_TRANSLATE_NOOP("SummaryWords", "Also known as"),
    QT_TRANSLATE_NOOP("SummaryWords", "A-number"),
    QT_TRANSLATE_NOOP("SummaryWords", "Date of birth"),
    QT_TRANSLATE_NOOP("SummaryWords", "Country of birth"),
    QT_TRANSLATE_NOOP("SummaryWords", "Languages"),
    QT_TRANSLATE_NOOP("SummaryWords", "NYSID"),
    QT_TRANSLATE_NOOP("SummaryWords", "Phone"),
    QT_TRANSLATE_NOOP("SummaryWords", "E-mail"),
    QT_TRANSLATE_NOOP("SummaryWords", "Address"),
    QT_TRANSLATE_NOOP("SummaryWords", "Immigration status"),
    QT_TRANSLATE_NOOP("SummaryWords", "Detention"),
    QT_TRANSLATE_NOOP("SummaryWords", "Matters"),
    QT_TRANSLATE_NOOP("SummaryWords", "Matter notes"),
    QT_TRANSLATE_NOOP("SummaryWords", "No notes on the matters."),
    QT_TRANSLATE_NOOP("SummaryWords", "Hearings and dates"),
    QT_TRANSLATE_NOOP("SummaryWords", "Document index"),
    QT_TRANSLATE_NOOP("SummaryWords", "No documents."),
    QT_TRANSLATE_NOOP("SummaryWords", "Record requests"),
    QT_TRANSLATE_NOOP("SummaryWords", "not yet received"),
    QT_TRANSLATE_NOOP("SummaryWords", "Arrests"),
    QT_TRANSLATE_NOOP("SummaryWords", "Convictions and when they seal"),
    QT_TRANSLATE_NOOP("SummaryWords", "NYPD–ICE information-sharing incidents"),  # noqa: RUF001
    QT_TRANSLATE_NOOP("SummaryWords", "Pct {precinct}"),
    QT_TRANSLATE_NOOP("SummaryWords", "{name} received"),
    QT_TRANSLATE_NOOP("SummaryWords", "{name} answered"),
    QT_TRANSLATE_NOOP("SummaryWords", "Prepared for sharing: {fields} redacted."),
    QT_TRANSLATE_NOOP("SummaryWords", "born {date}"),
    QT_TRANSLATE_NOOP("SummaryWords", "{what} (done)"),
    QT_TRANSLATE_NOOP("SummaryWords", "Nothing due"),
    QT_TRANSLATE_NOOP("SummaryWords", "You may act by {day}"),
    QT_TRANSLATE_NOOP("SummaryWords", "The agency owes an answer by {day}"),
    QT_TRANSLATE_NOOP("SummaryWords", "Conditionally sealed on {day} (CPL 160.58)."),
    QT_TRANSLATE_NOOP(
        "SummaryWords", "Expected to seal on {day} (CPL 160.57), if no new conviction."
    ),
    QT_TRANSLATE_NOOP("SummaryWords", "Does not seal by itself for now (CPL 160.57): {why}."),
    QT_TRANSLATE_NOOP("SummaryWords", "Does not seal by itself (CPL 160.57)."),
    QT_TRANSLATE_NOOP("SummaryWords", "A motion to seal may be made from {day} (CPL 160.59)."),
    QT_TRANSLATE_NOOP("SummaryWords", "Arrest ({precinct} Pct)"),
    QT_TRANSLATE_NOOP("SummaryWords", "Arrest"),
    QT_TRANSLATE_NOOP("SummaryWords", "CPL 160.55 (court file open)"),
    QT_TRANSLATE_NOOP("SummaryWords", "{level} (class {cls})"),
    QT_TRANSLATE_NOOP("SummaryWords", "Matter"),
    QT_TRANSLATE_NOOP("SummaryWords", "Court"),
    QT_TRANSLATE_NOOP("SummaryWords", "Docket"),
    QT_TRANSLATE_NOOP("SummaryWords", "Judge"),
    QT_TRANSLATE_NOOP("SummaryWords", "Status"),
    QT_TRANSLATE_NOOP("SummaryWords", "Notes"),
    QT_TRANSLATE_NOOP("SummaryWords", "When"),
    QT_TRANSLATE_NOOP("SummaryWords", "What"),
    QT_TRANSLATE_NOOP("SummaryWords", "Where"),
    QT_TRANSLATE_NOOP("SummaryWords", "Filings due"),
    QT_TRANSLATE_NOOP("SummaryWords", "#"),
    QT_TRANSLATE_NOOP("SummaryWords", "Title"),
    QT_TRANSLATE_NOOP("SummaryWords", "Received"),
    QT_TRANSLATE_NOOP("SummaryWords", "Pages"),
    QT_TRANSLATE_NOOP("SummaryWords", "SHA-256 (original file)"),
    QT_TRANSLATE_NOOP("SummaryWords", "Request"),
    QT_TRANSLATE_NOOP("SummaryWords", "Next due"),
    QT_TRANSLATE_NOOP("SummaryWords", "Date"),
    QT_TRANSLATE_NOOP("SummaryWords", "Precinct"),
    QT_TRANSLATE_NOOP("SummaryWords", "Arrest no."),
    QT_TRANSLATE_NOOP("SummaryWords", "Charges"),
    QT_TRANSLATE_NOOP("SummaryWords", "Disposition"),
    QT_TRANSLATE_NOOP("SummaryWords", "Sealed"),
    QT_TRANSLATE_NOOP("SummaryWords", "Sentenced"),
    QT_TRANSLATE_NOOP("SummaryWords", "Level"),
    QT_TRANSLATE_NOOP("SummaryWords", "Offense"),
    QT_TRANSLATE_NOOP("SummaryWords", "Sealing (CPL 160.57, 160.58, 160.59)"),
    QT_TRANSLATE_NOOP("SummaryWords", "Kind"),
    QT_TRANSLATE_NOOP("SummaryWords", "Laws"),
    QT_TRANSLATE_NOOP("SummaryWords", "Narrative"),
    QT_TRANSLATE_NOOP("SummaryWords", "Not detained"),
    QT_TRANSLATE_NOOP("SummaryWords", "Detained"),
    QT_TRANSLATE_NOOP("SummaryWords", "Released on bond"),
    QT_TRANSLATE_NOOP("SummaryWords", "Alternatives to detention"),
    QT_TRANSLATE_NOOP("SummaryWords", "Unknown"),
    QT_TRANSLATE_NOOP("SummaryWords", "Removal defence"),
    QT_TRANSLATE_NOOP("SummaryWords", "Bond"),
    QT_TRANSLATE_NOOP("SummaryWords", "Asylum"),
    QT_TRANSLATE_NOOP("SummaryWords", "U visa"),
    QT_TRANSLATE_NOOP("SummaryWords", "T visa"),
    QT_TRANSLATE_NOOP("SummaryWords", "Special Immigrant Juvenile Status"),
    QT_TRANSLATE_NOOP("SummaryWords", "Records"),
    QT_TRANSLATE_NOOP("SummaryWords", "Criminal-immigration consult"),
    QT_TRANSLATE_NOOP("SummaryWords", "Other"),
    QT_TRANSLATE_NOOP("SummaryWords", "Open"),
    QT_TRANSLATE_NOOP("SummaryWords", "Pending decision"),
    QT_TRANSLATE_NOOP("SummaryWords", "Closed"),
    QT_TRANSLATE_NOOP("SummaryWords", "Master calendar hearing"),
    QT_TRANSLATE_NOOP("SummaryWords", "Individual hearing"),
    QT_TRANSLATE_NOOP("SummaryWords", "Bond hearing"),
    QT_TRANSLATE_NOOP("SummaryWords", "Filing deadline"),
    QT_TRANSLATE_NOOP("SummaryWords", "Criminal-court date"),
    QT_TRANSLATE_NOOP("SummaryWords", "Interview"),
    QT_TRANSLATE_NOOP("SummaryWords", "Not yet received"),
    QT_TRANSLATE_NOOP("SummaryWords", "Awaiting acknowledgement"),
    QT_TRANSLATE_NOOP("SummaryWords", "Awaiting a decision"),
    QT_TRANSLATE_NOOP("SummaryWords", "Constructively denied"),
    QT_TRANSLATE_NOOP("SummaryWords", "Granted"),
    QT_TRANSLATE_NOOP("SummaryWords", "Denied"),
    QT_TRANSLATE_NOOP("SummaryWords", "Time to appeal passed"),
    QT_TRANSLATE_NOOP("SummaryWords", "Appeal pending"),
    QT_TRANSLATE_NOOP("SummaryWords", "Appeal constructively denied"),
    QT_TRANSLATE_NOOP("SummaryWords", "Appeal granted"),
    QT_TRANSLATE_NOOP("SummaryWords", "Appeal denied"),
    QT_TRANSLATE_NOOP("SummaryWords", "Time for Article 78 passed"),
    QT_TRANSLATE_NOOP("SummaryWords", "Felony"),
    QT_TRANSLATE_NOOP("SummaryWords", "Misdemeanor"),
    QT_TRANSLATE_NOOP("SummaryWords", "VTL §1192(1) (impaired driving)"),
    QT_TRANSLATE_NOOP("SummaryWords", "Violation or infraction"),
    QT_TRANSLATE_NOOP("SummaryWords", "Detainer request or honoured"),
    QT_TRANSLATE_NOOP("SummaryWords", "Notification to ICE"),
    QT_TRANSLATE_NOOP("SummaryWords", "Record shared"),
    QT_TRANSLATE_NOOP("SummaryWords", "ICE at a precinct"),
    QT_TRANSLATE_NOOP("SummaryWords", "ICE at a courthouse"),
    QT_TRANSLATE_NOOP("SummaryWords", "Joint operation"),
    QT_TRANSLATE_NOOP("SummaryWords", "a charge is pending"),
    QT_TRANSLATE_NOOP("SummaryWords", "still under probation or parole"),
    QT_TRANSLATE_NOOP("SummaryWords", "the offense is excluded"),
    QT_TRANSLATE_NOOP("SummaryWords", "more convictions than the law allows"),
    QT_TRANSLATE_NOOP("SummaryWords", "A-number (last 3 digits kept)"),
    QT_TRANSLATE_NOOP("SummaryWords", "address"),
    QT_TRANSLATE_NOOP("SummaryWords", "phone"),
    QT_TRANSLATE_NOOP("SummaryWords", "e-mail"),
    QT_TRANSLATE_NOOP("SummaryWords", "date of birth"),
    QT_TRANSLATE_NOOP(
        "SummaryWords",
        "State sealing does not remove immigration consequences: immigration authorities and courts may still count a sealed conviction, and forms that ask about convictions must still be answered. The client can still obtain certified dispositions of sealed cases (CPL 160.50(1)(d), 160.57, 160.59).",  # noqa: E501 (one message)
    ),
    QT_TRANSLATE_NOOP("SummaryWords", "Client summary: {name}"),
    QT_TRANSLATE_NOOP("SummaryWords", "Client summary prepared {date}. Confidential."),
    QT_TRANSLATE_NOOP("SummaryWords", "Profile"),
    QT_TRANSLATE_NOOP("SummaryWords", "Timeline"),
    QT_TRANSLATE_NOOP("SummaryWords", "Event"),
    QT_TRANSLATE_NOOP("SummaryWords", "Nothing dated recorded yet."),
    QT_TRANSLATE_NOOP("SummaryWords", "None recorded."),
    QT_TRANSLATE_NOOP("SummaryWords", "today"),
    QT_TRANSLATE_NOOP("SummaryWords", "Hearings"),
    QT_TRANSLATE_NOOP("SummaryWords", "Requests"),
    QT_TRANSLATE_NOOP("SummaryWords", "Incidents"),
    QT_TRANSLATE_NOOP("SummaryWords", "Documents"),
    QT_TRANSLATE_NOOP("SummaryWords", "Hearing"),
    QT_TRANSLATE_NOOP("SummaryWords", "Incident"),
    QT_TRANSLATE_NOOP("SummaryWords", "Document"),
    QT_TRANSLATE_NOOP("SummaryWords", "Jan"),
    QT_TRANSLATE_NOOP("SummaryWords", "Feb"),
    QT_TRANSLATE_NOOP("SummaryWords", "Mar"),
    QT_TRANSLATE_NOOP("SummaryWords", "Apr"),
    QT_TRANSLATE_NOOP("SummaryWords", "May"),
    QT_TRANSLATE_NOOP("SummaryWords", "Jun"),
    QT_TRANSLATE_NOOP("SummaryWords", "Jul"),
    QT_TRANSLATE_NOOP("SummaryWords", "Aug"),
    QT_TRANSLATE_NOOP("SummaryWords", "Sep"),
    QT_TRANSLATE_NOOP("SummaryWords", "Oct"),
    QT_TRANSLATE_NOOP("SummaryWords", "Nov"),
    QT_TRANSLATE_NOOP("SummaryWords", "Dec"),
    QT_TRANSLATE_NOOP("SummaryWords", "Mon"),
    QT_TRANSLATE_NOOP("SummaryWords", "Tue"),
    QT_TRANSLATE_NOOP("SummaryWords", "Wed"),
    QT_TRANSLATE_NOOP("SummaryWords", "Thu"),
    QT_TRANSLATE_NOOP("SummaryWords", "Fri"),
    QT_TRANSLATE_NOOP("SummaryWords", "Sat"),
    QT_TRANSLATE_NOOP("SummaryWords", "Sun"),
)


def summary_words(language: str) -> Words:
    """The summary's words in ``language`` ("en" or "es"), whatever the window speaks.

    The catalogue is read into a translator of its own, never installed: a Spanish summary
    from an English window (or the command) changes nothing else's language, and the
    worker thread that writes the PDF may call it.
    """
    if language == ENGLISH:
        return english
    folder = translations_dir()
    translator = QTranslator()
    if folder is None or not translator.load(str(folder / CATALOGUE.format(lang=language))):
        raise CasebookError(
            f"The {LANGUAGES.get(language, language)} catalogue is missing from this "
            "installation; reinstall casebook or write the summary in English."
        )

    def say(text: str) -> str:
        return translator.translate("SummaryWords", text) or text

    return say
