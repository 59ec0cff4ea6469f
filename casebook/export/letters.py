"""FOIL request and appeal letters, as PDF and as plain text the advocate can paste and edit.

Plain data in (``LetterFacts``: who writes, to whom, the request's dates,
numbers and records), one ``Letter`` out, drawn either as a letter-size PDF
or as text; both come from the same ``Letter`` so they never disagree.

The law is cited where it matters, and paraphrased, never in quotation
marks (no sentence here could be checked word for word against the
statute): the five- and twenty-business-day limits (Public Officers Law
§89(3)(a)), the constructive denial (§89(3)(a), §89(4)(a)), the appeal and
its ten business days (§89(4)(a)), the agency's burden and court review
under CPLR Article 78 (§89(4)(b)). The request and appeals follow the
Committee on Open Government's model letters: the fee sentence, the name and
address of the appeals officer, the Committee's address for the copy of the
appeal, and the appellant's reasons.

A letter never asserts what the record contradicts: an appeal says it is in
time only when its date is within the 30 days (POL §89(4)(a); GCL §25-a when
the thirtieth day is not a business day), and past them it says so and asks
that it be decided or treated as a new request; ``Letter.warnings`` tells the
writer before anything is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from casebook.export import page
from casebook.export.text import paragraph

__all__ = ["Letter", "LetterFacts", "Letterhead", "compose", "to_text", "write_letter_pdf"]

LetterKind = Literal["request", "appeal"]

DEFAULT_FEE_LIMIT = 25  # dollars; the COOG model request asks to be told before fees exceed it
COMMITTEE_ADDRESS = (
    "Committee on Open Government, Department of State, One Commerce Plaza, "
    "99 Washington Avenue, Suite 650, Albany, NY 12231"
)


@dataclass(frozen=True)
class Letterhead:
    """The advocate's profile as printed at the top and under the signature."""

    name: str = ""
    organisation: str = ""
    address: str = ""  # several lines
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class LetterFacts:
    """Everything a letter says, as plain values (the service fills it from a request)."""

    kind: LetterKind
    letterhead: Letterhead
    recipient: tuple[str, ...]  # the address block, first line the officer's title
    salutation: str  # e.g. "Records Access Officer"
    written_on: date
    agency_name: str  # "the New York City Police Department"
    records: str
    request_number: str = ""
    identifiers: tuple[tuple[str, str], ...] = ()  # (label, value) from NYPD's forms
    body_camera: bool = False
    subject_name: str = ""  # the person the records are about, if any
    subject_dob: date | None = None
    sent_on: date | None = None
    received: date | None = None
    acknowledged: date | None = None
    promised: date | None = None
    determined: date | None = None
    outcome: str | None = None  # "partial" or "denied" for an appeal of a written denial
    missed_deadline: date | None = None  # the agency's missed due date (constructive denial)
    missed_own_date: bool = False  # missed_deadline is a date the agency set, not the statute's
    extensions: tuple[tuple[date, date | None], ...] = ()  # (new date, letter date), in order
    appeal_by: date | None = None  # the last day to appeal the denial, where the law sets one
    fee_limit: int = DEFAULT_FEE_LIMIT
    reasons: str = ""  # the appellant's reasons (a written denial's appeal asks for them)


@dataclass(frozen=True)
class Letter:
    """A composed letter, ready to draw."""

    title: str
    letterhead: Letterhead
    date_line: str
    recipient: tuple[str, ...]
    subject: tuple[str, ...]
    salutation: str
    paragraphs: tuple[str, ...]
    quoted: tuple[int, ...]  # indexes of paragraphs to set off (records, statute, lists)
    closing: str
    signature: tuple[str, ...]
    enclosures: tuple[str, ...]
    warnings: tuple[str, ...] = ()  # for the writer before sending; not part of the letter


def long_date(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def compose(facts: LetterFacts) -> Letter:
    """The request or appeal letter for ``facts``.

    An appeal needs either ``determined`` with ``outcome`` (a written denial)
    or ``missed_deadline`` (a constructive denial); raises ``ValueError`` if
    neither is given.
    """
    warnings: list[str] = []
    if facts.kind == "request":
        title, subject, paragraphs, quoted, enclosures = _request(facts)
    else:
        title, subject, paragraphs, quoted, enclosures = _appeal(facts, warnings)
    head = facts.letterhead
    contact = [x for x in (head.phone, head.email) if x]
    if contact:
        paragraphs.append("Please direct any questions to me at " + " or ".join(contact) + ".")
    return Letter(
        title=title,
        letterhead=head,
        date_line=long_date(facts.written_on),
        recipient=facts.recipient,
        subject=tuple(subject),
        salutation=f"Dear {facts.salutation}:",
        paragraphs=tuple(paragraphs),
        quoted=tuple(quoted),
        closing="Sincerely,",
        signature=tuple(x for x in (head.name, head.organisation) if x),
        enclosures=tuple(enclosures),
        warnings=tuple(warnings),
    )


def _numbers(facts: LetterFacts) -> list[str]:
    lines = []
    if facts.request_number:
        lines.append(f"Request number: {facts.request_number}")
    if facts.subject_name:
        born = f", born {long_date(facts.subject_dob)}" if facts.subject_dob else ""
        lines.append(f"Records about: {facts.subject_name}{born}")
    return lines


def _request(
    facts: LetterFacts,
) -> tuple[str, list[str], list[str], list[int], list[str]]:
    subject = ["Re: Request under the Freedom of Information Law", *_numbers(facts)]
    paragraphs = [
        "Under the New York Freedom of Information Law (Public Officers Law §§ 84-90), I "
        f"request copies of the following records of {facts.agency_name}:",
        facts.records,
    ]
    quoted = [1]
    if facts.identifiers:
        paragraphs.append("To help you find them:")
        paragraphs.append("\n".join(f"{label}: {value}" for label, value in facts.identifiers))
        quoted.append(len(paragraphs) - 1)
    if facts.body_camera:
        paragraphs.append(
            "This request includes any body-worn camera recordings of the incident, "
            "with their audio."
        )
    enclosures = []
    if facts.subject_name:
        paragraphs.append(
            f"I make this request on behalf of {facts.subject_name}, whose signed "
            "authorization is enclosed. Records sealed under CPL 160.50, 160.55 or 160.57 "
            "may be released to the person they concern or to someone they designate "
            "(CPL 160.50(1)(d), 160.55(1)(d), 160.57)."
        )
        enclosures.append(f"Authorization signed by {facts.subject_name}")
    paragraphs += [
        "Where the records are kept electronically, please provide them in electronic "
        "form (Public Officers Law §87(5)(a)). If there are fees for copying the records, "
        f"please inform me before filling the request if the fees will exceed ${facts.fee_limit}.",
        "Within five business days of receiving this request, please make the records "
        "available, deny the request in writing, or acknowledge it in writing with the "
        "approximate date, within twenty business days, when it will be granted or denied "
        "(Public Officers Law §89(3)(a)). If you withhold any part, please state the "
        "reasons in writing, name the exemption relied on, release the rest with "
        "redactions, and give me the name and address of the person or body to whom an "
        "appeal should be directed.",
    ]
    return "FOIL request", subject, paragraphs, quoted, enclosures


def _appeal(
    facts: LetterFacts, warnings: list[str]
) -> tuple[str, list[str], list[str], list[int], list[str]]:
    written = facts.determined is not None and facts.outcome in ("partial", "denied")
    if not written and facts.missed_deadline is None:
        raise ValueError("an appeal needs a written denial or a missed deadline")
    subject = ["Re: Appeal under Public Officers Law §89(4)(a)", *_numbers(facts)]
    if facts.received is not None:
        subject.append(f"Request received: {long_date(facts.received)}")
    what = (
        "partial denial"
        if written and facts.outcome == "partial"
        else "denial"
        if written or facts.missed_own_date  # its own date: a denial as the appeal treats it
        else "constructive denial"
    )
    paragraphs = [
        f"I appeal the {what} of my request under the Freedom of Information Law for the "
        f"following records of {facts.agency_name}:",
        facts.records,
    ]
    quoted = [1]
    enclosures = ["The original request"]
    if written and facts.determined is not None:
        verb = "partly denied" if facts.outcome == "partial" else "denied"
        paragraphs.append(
            f"The request was {verb} in writing on {long_date(facts.determined)}. "
            + _timeliness(facts, facts.determined, warnings)
        )
        enclosures.append(f"The denial of {long_date(facts.determined)}")
        if facts.reasons.strip():
            paragraphs.append("The denial should be reversed for these reasons:")
            paragraphs.append(facts.reasons.strip())
            quoted.append(len(paragraphs) - 1)
        else:
            paragraphs.append(
                "The denial should be reversed for these reasons: [state why the records "
                "should be released, for example why the exemption given does not apply, or "
                "why the rest can be released with redactions]."
            )
            warnings.append(
                "The appeal has a place for your reasons, in square brackets: write them "
                "there (or give them to casebook) before sending."
            )
    else:
        assert facts.missed_deadline is not None
        paragraphs.append(" ".join(_history(facts)))
        if facts.missed_own_date:
            paragraphs.append(
                "A request that is not answered by the date the agency itself gave may be "
                "treated as denied. I treat the request as denied, and I appeal that denial "
                "(Public Officers Law §89(4)(a))."
            )
        else:
            paragraphs.append(
                "Under Public Officers Law §89(3)(a), an agency that does not comply with "
                "the time limits of that subdivision has denied the request, and the denial "
                "may be appealed; §89(4)(a) likewise treats an agency's failure to conform "
                "to subdivision three as a denial. The request is therefore constructively "
                "denied, and I appeal that denial. "
                + _timeliness(facts, facts.missed_deadline, warnings)
            )
        if facts.reasons.strip():
            paragraphs.append("The records should be released for these reasons:")
            paragraphs.append(facts.reasons.strip())
            quoted.append(len(paragraphs) - 1)
    paragraphs += [
        "The agency bears the burden of showing that any record withheld falls within an "
        "exemption of Public Officers Law §87(2), and must release every part that is not "
        "exempt (Public Officers Law §89(4)(b)).",
        "Within ten business days of receiving this appeal, please fully explain in writing "
        "the reasons for further denial, or provide access to the records (Public Officers "
        "Law §89(4)(a)). That section also requires you to forward a copy of this appeal "
        f"and of your determination to the {COMMITTEE_ADDRESS}.",
        "If the appeal is denied, or not decided in time, I may seek review in a proceeding "
        "under Article 78 of the Civil Practice Law and Rules (Public Officers Law "
        "§89(4)(b)).",
    ]
    return "FOIL appeal", subject, paragraphs, quoted, enclosures


def _history(facts: LetterFacts) -> list[str]:
    """What the agency did and did not do, in the order it happened, as the record has it."""
    assert facts.missed_deadline is not None
    history = []
    if facts.received is not None:
        history.append(
            f"{_cap(facts.agency_name)} received the request on {long_date(facts.received)}."
        )
    if facts.acknowledged is not None:
        promise = (
            f" and gave {long_date(facts.promised)} as the approximate date of its answer"
            if facts.promised is not None
            else ""
        )
        history.append(f"It acknowledged the request on {long_date(facts.acknowledged)}{promise}.")
    for number, (until, written_on) in enumerate(facts.extensions):
        letter = f" by a letter of {long_date(written_on)}" if written_on else ""
        again = " again" if number else ""
        history.append(f"It extended its time{again}{letter}, to {long_date(until)}.")
    if len(facts.extensions) >= 2:
        history.append(
            "The statute allows an agency that cannot answer within twenty business days "
            "of its acknowledgement to state, with its reasons, a date certain by which it "
            "will; it makes no provision for repeated delays (Public Officers Law §89(3)(a); "
            "Committee on Open Government, FOIL-AO-19644)."
        )
    missed = long_date(facts.missed_deadline)
    if facts.missed_own_date:
        history.append(f"It did not grant or deny the request by {missed}, the date it gave.")
    elif facts.missed_deadline in {facts.promised, *(u for u, _ in facts.extensions)}:
        history.append(
            f"It did not grant or deny the request by {missed}, the date it gave under "
            "Public Officers Law §89(3)(a)."
        )
    else:
        history.append(
            f"It did not grant or deny the request by {missed}, the time Public Officers Law "
            "§89(3)(a) allows."
        )
    return history


def _timeliness(facts: LetterFacts, denied_on: date, warnings: list[str]) -> str:
    """The sentence on the appeal's time, true of this letter's own date, or a request to
    decide it anyway when the 30 days (POL §89(4)(a)) have run; warns the writer then."""
    by = facts.appeal_by
    if by is None:
        return ""
    if facts.written_on <= by:
        if (facts.written_on - denied_on).days <= 30:
            return (
                "This appeal is made within thirty days of that denial, as Public Officers "
                "Law §89(4)(a) allows."
            )
        return (
            "This appeal is made within the time Public Officers Law §89(4)(a) allows: the "
            "thirtieth day after the denial was not a business day, so the time ran to "
            f"{long_date(by)} (General Construction Law §25-a)."
        )
    since = "that denial" if facts.determined == denied_on else long_date(denied_on)
    warnings.append(
        f"The 30 days to appeal ended on {long_date(by)} (Public Officers Law §89(4)(a)); "
        "the agency may reject this appeal as late. The letter does not say it is in time; "
        "it asks that the appeal be decided or taken as a new request."
    )
    return (
        f"I recognize that more than thirty days have passed since {since}. "
        "I ask that you decide this appeal nonetheless; if you will not, please treat this "
        "letter as a new request for the same records under Public Officers Law §89(3)(a)."
    )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- plain text ---------------------------------------------------------------------------------


def to_text(letter: Letter) -> str:
    """The letter as plain text: one line per paragraph (the editor wraps), blank lines between."""
    head = letter.letterhead
    blocks: list[str] = []
    top = [x for x in (head.name, head.organisation) if x]
    top += [line.strip() for line in head.address.splitlines() if line.strip()]
    top += [x for x in (head.phone, head.email) if x]
    if top:
        blocks.append("\n".join(top))
    blocks.append(letter.date_line)
    blocks.append("\n".join(letter.recipient))
    blocks.append("\n".join(letter.subject))
    blocks.append(letter.salutation)
    for i, text in enumerate(letter.paragraphs):
        if i in letter.quoted:
            text = "\n".join(f"    {line}" for line in text.splitlines())
        blocks.append(text)
    blocks.append("\n".join([letter.closing, "", "", *letter.signature]))
    if letter.enclosures:
        blocks.append("Enclosures:\n" + "\n".join(f"- {e}" for e in letter.enclosures))
    return "\n\n".join(blocks) + "\n"


# -- PDF ----------------------------------------------------------------------------------------


def write_letter_pdf(path: Path, letter: Letter) -> None:
    """Write the letter to ``path`` on letter paper (atomically, mode 0600)."""
    page.write_pdf(path, _story(letter), title=letter.title, subject="casebook letter")


def _story(letter: Letter) -> list[Flowable]:
    s = page.styles()
    head = letter.letterhead
    name_style = ParagraphStyle("letter-name", parent=s.heading, spaceBefore=0, spaceAfter=0)
    small = ParagraphStyle("letter-small", parent=s.small, spaceAfter=0)
    body = ParagraphStyle("letter-body", parent=s.body, fontSize=10, leading=13, spaceAfter=5)
    quote = ParagraphStyle("letter-quote", parent=body, leftIndent=24, rightIndent=24)
    story: list[Flowable] = []
    if head.name or head.organisation:
        story.append(paragraph(head.name or head.organisation, name_style))
        if head.name and head.organisation:
            story.append(paragraph(head.organisation, s.body))
        lines = [line.strip() for line in head.address.splitlines() if line.strip()]
        contact = "   ·   ".join(x for x in (head.phone, head.email) if x)
        for line in (*lines, contact):
            if line:
                story.append(paragraph(line, small))
        story += [
            Spacer(1, 6),
            HRFlowable(width="100%", thickness=0.8, color=page.RULE, spaceAfter=10),
        ]
    story += [paragraph(letter.date_line, body), Spacer(1, 8)]
    story.append(_block(letter.recipient, body))
    story.append(Spacer(1, 10))
    story.append(_block(letter.subject, s.label))
    story.append(Spacer(1, 8))
    story.append(paragraph(letter.salutation, body))
    for i, text in enumerate(letter.paragraphs):
        story.append(paragraph(text, quote if i in letter.quoted else body))
    closing: list[Flowable] = [
        Spacer(1, 4),
        paragraph(letter.closing, body),
        Spacer(1, 24),
        _block(letter.signature, body),
    ]
    if letter.enclosures:  # kept with the signature: never alone on a last page
        label = "Enclosure" if len(letter.enclosures) == 1 else "Enclosures"
        closing.append(Spacer(1, 8))
        closing.append(paragraph(f"{label}: " + "; ".join(letter.enclosures) + ".", small))
    story.append(KeepTogether(closing))
    return story


def _block(lines: Sequence[str], style: ParagraphStyle) -> Flowable:
    tight = ParagraphStyle(f"{style.name}-block", parent=style, spaceAfter=0)
    return paragraph("\n".join(lines), tight)
