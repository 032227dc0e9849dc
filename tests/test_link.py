"""Reports and cross-links: the linker's rules and traps, related documents, links in pages."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import pytest

from site_src.link import _CITATION, Matcher, _news_of_a_report, find_mentions, fold
from site_src.linkcheck import check_links
from site_src.model import Block, Comment, Document, Mention, Report
from site_src.related import Related, document_terms, related_documents
from site_src.segments import FirstMentions, Segment, segments

from .cleaning_score import cases, clean_case
from .conftest import build, soup
from .linking_score import heldout_cases, link_cases, precision_recall, score_cases
from .linking_score import matcher as score_matcher

JAY = Report(
    id="jay-2014",
    title="Independent Inquiry into Child Sexual Exploitation in Rotherham 1997–2013",
    path="reports/jay-2014.md",
    published="2014-08-26",
    authors=("Alexis Jay",),
    aliases=("Jay report", "Professor Jay's report"),
    cues=("Professor Jay", "Alexis Jay", "1,400 children", "Rotherham"),
)
IICSA = Report(
    id="iicsa-2022",
    title="Report of the Independent Inquiry into Child Sexual Abuse",
    path="reports/iicsa-2022.md",
    published="2022-10-20",
    authors=("Alexis Jay",),
    aliases=("IICSA final report",),
    cues=("Alexis Jay", "IICSA"),
)
MATCHER = Matcher([JAY, IICSA])


def doc(body: list[str], date: str | None = "2014-09-01", comments: list[str] = ()) -> Document:
    return Document(
        id="d",
        source_path="documents/d.txt",
        sha256="0" * 64,
        encoding="utf-8",
        title="T",
        date=date,
        body=tuple(Block("p", t, n) for n, t in enumerate(body, 1)),
        comments=tuple(Comment(f"c{n}", "A", None, (t,)) for n, t in enumerate(comments, 1)),
    )


def reports_of(document: Document) -> list[str]:
    return [m.report_id for m in find_mentions(document, MATCHER)]


def test_a_named_and_discussed_report_is_covered_with_its_evidence() -> None:
    mentions = find_mentions(doc(["The Jay report found that 1,400 children were abused.", "Shocking."]), MATCHER)
    assert [(m.report_id, m.evidence, m.in_article) for m in mentions] == [
        ("jay-2014", ("The Jay report found that 1,400 children were abused.",), True)
    ]


def test_a_passing_nod_years_later_is_not_discussion() -> None:
    assert reports_of(doc(["We all remember the Jay report.", "Today the council met."], date="2019-05-01")) == []


def test_a_forthcoming_report_is_not_yet_covered() -> None:
    text = ["The Jay report is expected to publish next week.", "The Jay report will report on Rotherham."]
    assert reports_of(doc(text, date="2014-08-20")) == []


def test_nothing_discusses_a_report_before_it_exists() -> None:
    assert reports_of(doc(["The Jay report found much. The Jay report says more."], date="2014-01-01")) == []


def test_an_aside_about_the_same_author_is_not_the_earlier_report() -> None:
    text = [
        "The IICSA final report found that abuse was everywhere.",
        "Professor Alexis Jay, who previously led the Jay report on Rotherham, said survivors were ignored.",
    ]
    assert reports_of(doc(text, date="2022-10-21")) == ["iicsa-2022"]


def test_in_the_week_a_chairs_new_report_appears_her_name_is_no_cue_of_her_earlier_one() -> None:
    article = ["The IICSA final report found that abuse was everywhere and makes twenty recommendations."]
    question = "Is that the same Professor Jay who did the Rotherham work? Professor Alexis Jay, surely?"
    who = "Yes. The Jay report was hers in 2014, before she became chair of the national inquiry."
    assert reports_of(doc(article, date="2022-10-21", comments=[question, who])) == ["iicsa-2022"]
    # Weeks later her name is a cue of both again.
    assert reports_of(doc(article, date="2022-12-21", comments=[question, who])) == ["iicsa-2022", "jay-2014"]
    found = "The Jay report found that 1,400 children were abused. The Jay report said the council knew."
    assert reports_of(doc(article, date="2022-10-21", comments=[found])) == ["iicsa-2022", "jay-2014"]
    # Named once that week, it is still discussed when its own cues say so (the registry's here).
    discussed = [
        "Eight years ago the Jay report changed how the country saw Rotherham.",
        "It counted at least 1,400 children abused between 1997 and 2013.",
        "Professor Jay wrote of girls who were raped and threatened, and of a council that looked away.",
    ]
    found_then = find_mentions(doc(article + discussed, date="2022-10-21"), score_matcher())
    assert [m.report_id for m in found_then] == ["iicsa-2022", "jay-2014"]


def test_a_review_to_be_published_when_complete_is_not_yet_covered() -> None:
    commissioned = "The council said it had commissioned the Jay report, which would be published when complete."
    assert reports_of(doc([commissioned, "The Jay report is important."], date="2014-08-30")) == []
    # What a report found about work "once completed" is no report to come.
    audits = "The Jay report found that the council's own audits, once completed, were quietly filed away."
    assert reports_of(doc([audits, "The Jay report is important."], date="2016-01-30")) == ["jay-2014"]


def test_a_sentence_opening_with_a_clause_that_dates_its_subject_does_not_discuss_the_report() -> None:
    since = (
        "Since 2014, when the inquiry led by Professor Jay found at least 1,400 children had been exploited in "
        "Rotherham, a great deal of attention has been paid to what agencies knew."
    )
    assert reports_of(doc([since, "The council's cabinet met on Tuesday."], date="2016-05-18")) == []
    # The report in the sentence's own subject is not in the opening clause; "when …, it found" goes on about it.
    for discussed in (
        "Since 2014, the Jay report has estimated the scale for every council, and 1,400 children is quoted.",
        "When the Jay report was published, it estimated that 1,400 children in Rotherham were abused.",
    ):
        assert reports_of(doc([discussed, "The council's cabinet met on Tuesday."], date="2016-05-18")) == ["jay-2014"]
    # Without the clause the same words say what the report found.
    found = "The inquiry led by Professor Jay found at least 1,400 children had been exploited in Rotherham."
    assert reports_of(doc([found, "The council's cabinet met on Tuesday."], date="2016-05-18")) == ["jay-2014"]


def test_a_reference_list_names_works_without_discussing_them() -> None:
    reading = [
        "Essential reading",
        "Jay, A. (2014) Independent inquiry into child sexual exploitation in Rotherham. Jay report edition.",
        "Casey, L. (2015) Report of inspection of Rotherham Metropolitan Borough Council. London: DCLG.",
    ]
    assert reports_of_described(reading, "2019-09-02") == []
    # But the entry says which report the piece's "Jay found …" means.
    essay = ["Jay found that 1,400 children had been exploited.", "Jay estimated the scale conservatively."]
    assert reports_of_described(essay, "2019-09-02") == []
    assert reports_of_described(essay + reading[1:2], "2019-09-02") == ["jay-2014"]
    # And it supports what rests on a person alone: "Munro's recommendations" are those of the work cited.
    leaning = ["Munro's recommendations were accepted in principle.", "Munro's recommendations then faded."]
    cited = "Munro, E. (2011) Munro's final report. London: Department for Education."
    assert reports_of_described(leaning, "2019-09-02") == []
    assert reports_of_described([*leaning, cited], "2019-09-02") == ["munro-2011"]
    # A heading over a section is no reference ("Munro (2011)"), nor is a sentence that cites a year.
    assert _CITATION.match("Munro (2011)") is None
    assert _CITATION.match("However, Professor Jay's report (2014), 'Independent Inquiry', found a lot.") is None


def test_a_name_that_only_dates_another_event_counts_once_without_its_cues() -> None:
    framing = "Inspectors were sent in after the Jay report estimated that 1,400 children in Rotherham were abused."
    assert reports_of(doc([framing, "The inspection found a council in denial."], date="2015-02-04")) == []
    # "when …" dates in the same way: the warnings are the subject, the report their time.
    when = "Campaigners said the warnings echoed those made when the Jay report found 1,400 children in Rotherham."
    assert reports_of(doc([when, "The inspection found a council in denial."], date="2015-02-04")) == []
    # The same words with the report as the sentence's subject are discussion.
    discussing = "The Jay report estimated that 1,400 children in Rotherham were abused."
    assert reports_of(doc([discussing, "The inspection found a council in denial."], date="2015-02-04")) == ["jay-2014"]


def test_a_report_named_only_to_compare_counts_once_without_its_cues() -> None:
    # "Like the Jay report …" says what the new report resembles: a nod, not discussion.
    for compared in (
        "Like the Jay report on Rotherham in 2014, it describes a gap between what staff knew and what leaders did.",
        "We are reading it alongside the Jay report's findings on Rotherham from 2014.",
    ):
        assert reports_of(doc([compared, "The new inquiry found a council in denial."], date="2022-07-12")) == []


def test_one_sentence_that_only_uses_a_report_needs_more_to_be_discussion() -> None:
    other = "The council's cabinet met on Tuesday night."
    used = "She describes a council that had read the Jay report last summer and managed the fallout."
    assert reports_of(doc([other, used], date="2015-02-05")) == []
    # Nor does one whose verb of discussion has another subject.
    other_says = "Nobody who had read the Jay report last summer can say that they were not warned."
    assert reports_of(doc([other, other_says], date="2015-02-05")) == []
    # The same one sentence with the report saying something is discussion.
    says = "The Jay report last summer found that the council had ignored warnings."
    assert reports_of(doc([other, says], date="2015-02-05")) == ["jay-2014"]
    # So is one that gives what it found or recommended just before its name.
    recommended = "She reminded us of the recommendations in the Jay report of August 2014, in particular on schools."
    assert reports_of(doc([other, recommended], date="2015-02-05")) == ["jay-2014"]
    # Or what it looked at: what the report set out to do is said of the report.
    looked = "To be fair, the Jay report was only looking at the council's handling of cases up to 2013."
    assert reports_of(doc([other, looked], date="2015-02-05")) == ["jay-2014"]
    # And so is a use of it in a second sentence.
    again = "Nobody at the council seemed to have read the Jay report closely."
    assert reports_of(doc([other, used, again], date="2015-02-05")) == ["jay-2014"]


def test_a_report_that_gets_a_mention_is_mentioned_in_passing() -> None:
    other = "The inspection report published this week is damning about the council's leadership."
    nod = "Rotherham youth workers were, she says, ignored, and the Jay report's 1,400 children get a mention too."
    assert reports_of(doc([other, nod], date="2015-02-05")) == []
    found = "Rotherham youth workers were, she says, ignored, as the Jay report's count of 1,400 children found."
    assert reports_of(doc([other, found], date="2015-02-05")) == ["jay-2014"]


def test_years_after_a_report_dates_by_it_and_years_after_something_else_do_not() -> None:
    # "Years after the Jay report" names it only to date something (the frame rule); "years
    # after it was first raised", elsewhere in the sentence, leaves the report what speaks.
    text = "The Jay report, years after it was first raised, found that 1,400 children in Rotherham were abused."
    assert reports_of(doc([text], date="2019-05-01")) == ["jay-2014"]
    aside = "Years after the Jay report, 1,400 children in Rotherham are still a byword."
    assert reports_of(doc([aside], date="2019-05-01")) == []


def test_a_report_published_last_month_is_not_news_this_week() -> None:
    assert _news_of_a_report("This week we read the final report, published today.")
    assert not _news_of_a_report("This week we talk about the review's final report, published last month.")


def test_a_commenters_question_about_a_report_says_nothing_of_it() -> None:
    asked = "Has anyone actually read the Jay report on Rotherham?"
    assert reports_of(doc(["A post about something else entirely."], date="2016-01-01", comments=[asked])) == []
    # Answered, the same name is discussion.
    answered = "I have read the Jay report and it found that 1,400 children in Rotherham were abused."
    assert reports_of(doc(["A post about something else."], date="2016-01-01", comments=[asked, answered])) == [
        "jay-2014"
    ]
    # An article's own question is the one it answers.
    headline = "Why did the Jay report say that agencies in Rotherham ignored the warnings?"
    assert reports_of(doc([headline, "A long answer follows."], date="2016-01-01")) == ["jay-2014"]


def test_an_unnamed_description_soon_after_publication_counts() -> None:
    text = ["Professor Jay estimates that 1,400 children in Rotherham were abused, the inquiry says."]
    assert reports_of(doc(text, date="2014-08-28")) == ["jay-2014"]


def test_coverage_only_in_the_comments_is_marked_so() -> None:
    (mention,) = find_mentions(
        doc(["A post about something else entirely."], comments=["The Jay report says it all. Read the Jay report."]),
        MATCHER,
    )
    assert (mention.report_id, mention.in_article) == ("jay-2014", False)


def test_sentences_that_name_nothing_are_passed_over_without_changing_what_is_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Paragraphs and sentences in which no phrase occurs skip the matching: reading every one
    # in full must find the same mentions, with the same evidence.
    documents = [clean_case(c) for c in link_cases("links21") + link_cases("links22")]
    matcher = score_matcher()
    fast = [find_mentions(d, matcher) for d in documents]
    monkeypatch.setattr(Matcher, "names_anything", lambda self, folded: True)
    assert [find_mentions(d, matcher) for d in documents] == fast
    assert sum(map(len, fast)) >= 60


def test_targets_on_the_gold_documents() -> None:
    precision, recall = precision_recall(score_cases(cases()))
    assert precision >= 0.95 and recall >= 0.9
    held_precision, held_recall = precision_recall(score_cases(heldout_cases()))
    # 0.857: a Reddit commenter stating where the 1,400 figure comes from reads as discussion.
    assert held_precision >= 0.85 and held_recall >= 0.9
    # The linking set written for the linker: precision is what matters most (a wrong link
    # misleads a reader; a missing one is added by the editor).
    links_precision, links_recall = precision_recall(score_cases(link_cases("links")))
    assert links_precision >= 0.95 and links_recall >= 0.65
    # Sets held out until their first look; these floors keep what the general rules each
    # prompted gained.
    floors = {
        # first look 0.864 / 0.760: a report just out by an older report's author.
        "links5": (0.95, 0.9),
        # first look 1.000 / 0.692: a name hidden inside a cue, a who-clause, reports called by
        # their maker or subject ("Jay's findings", "the Rochdale review").
        "links6": (0.95, 0.84),
        # first look 0.875 / 0.808: a year before the report word, an author speaking in the
        # weeks after, "later" as an aside. (Recall 0.846 since phpBB's "by NAME » DATE" is read: a
        # thread of 18 Oct 2013 then predates the Barnardo's review the registry dates 12 Dec 2013.)
        "links7": (0.9, 0.84),
        # first look 0.957 / 0.846: a Drupal byline without a date (the headline above it was
        # lost), places listed rather than one report described.
        "links8": (0.95, 0.88),
        # first look 0.839 / 0.963: older reports named once, in a clause that dates the piece's
        # own report ("after the Jay report estimated …").
        "links9": (0.89, 0.95),
        # first look 0.833 / 0.962; an organisation's spokesperson speaking.
        "links10": (0.86, 0.95),
        # first look 0.808 / 0.808: a body speaking now, a description that dates, a who-clause's
        # year, labelled dates the cleaner did not read.
        "links11": (0.95, 0.8),
        # first look 1.000 / 0.821: a podcast's "date · 38 min", "years after it was set up" read
        # as an aside, "the recommendations in Professor Jay's report".
        "links12": (0.95, 0.88),
        # first look 0.903 / 0.903: dates the cleaner did not read ("10:14 AM · Apr 25, 2018",
        # "… | Updated …", "DATE · Posted by …"), "who also led", "gets a mention".
        "links13": (0.95, 0.9),
        # first look 0.900 / 1.000: a press release's "For immediate release: DATE".
        "links14": (0.93, 0.95),
        # first look 1.000 / 0.857: an author speaking of a report the piece names, months later.
        "links15": (0.95, 0.88),
        # first look 0.893 / 0.893: "who had of course already led", a Munro interim report dated
        # by its page, dates printed month first, "lifestyle choices".
        "links16": (0.95, 0.95),
        # first look 0.931 / 0.900: "who did the inquiry into …", "the Rotherham reports" (several).
        "links17": (0.95, 0.9),
        # first look 0.844 / 1.000: a reference list's entries, "Since 2014, when the inquiry led by
        # Professor Jay found …, a great deal of attention …", dates such as "30 Jun 22".
        "links18": (0.95, 0.95),
        # first look 0.931 / 0.900: a framing "after the 2014 inquiry found that 1,400 …", "the
        # inquiry … led by Professor Alexis Jay" read as a role.
        "links19": (0.95, 0.9),
        # first look 0.857 / 1.000: a reading list's entries, "whose 2015 inspection … found".
        "links20": (0.93, 0.95),
        # first look 0.919 / 0.944: "People in Rochdale are tired of reviews".
        "links21": (0.94, 0.94),
        # first look 0.971 / 0.971. A forum thread's "Baby P reviews" was linked by way of the footer
        # ("… not connected with Haringey Council") the cleaner once left in the last post.
        "links22": (0.95, 0.94),
        # first look 0.935 / 0.935 (scored after the rules of sets 21 and 22).
        "links23": (0.93, 0.93),
        # first look 0.933 / 0.933: a review "to be published when complete", "She led the Rotherham
        # inquiry in 2014 before becoming chair …" on IICSA's day; dates under "Issue date:" and
        # under a forum's "… Log in or sign up." notice.
        "links24": (0.95, 0.95),
        # first look 1.000 / 0.970: "It found …" after the Telford inquiry's name.
        "links25": (0.95, 0.95),
    }
    for folder, (least_precision, least_recall) in floors.items():
        set_precision, set_recall = precision_recall(score_cases(link_cases(folder)))
        assert set_precision >= least_precision and set_recall >= least_recall, folder


MUNRO = Report(
    id="munro-2011",
    title="The Munro Review of Child Protection",
    path="reports/munro-2011.md",
    published="2011-05-10",
    authors=("Eileen Munro",),
    aliases=("Munro's final report",),
    cues=("Professor Munro", "Munro"),
)
LAMING = Report(
    id="laming-2003",
    title="The Victoria Climbié Inquiry",
    path="reports/laming-2003.md",
    published="2003-01-28",
    authors=("Lord Laming",),
    aliases=("Climbié Inquiry",),
    cues=("Victoria Climbié", "Laming"),
)


def test_a_name_that_begins_inside_a_cue_is_still_found() -> None:
    """The longest phrase at a place wins the scan; a name starting inside it must not be lost."""
    hits = Matcher([MUNRO]).hits("Which brings us to Professor Munro's final report, published a year ago.")
    assert [p.phrase for p in hits if p.strong] == ["munro's final report"]


def test_a_clause_saying_who_someone_is_names_no_report() -> None:
    matcher = Matcher([LAMING])

    def names(sentence: str) -> list[str]:
        return [p.phrase for p in matcher.hits(sentence) if p.strong]

    for role in (
        "Lord Laming, who chaired the Victoria Climbié Inquiry, said the framework was right.",
        "Lord Laming, who also led the Victoria Climbié Inquiry, said the framework was right.",
        "Lord Laming, who had of course already led the Victoria Climbié Inquiry, will know the risk.",
        "Lord Laming, who did the Victoria Climbié Inquiry, is being asked to report on progress nationally.",
        # Said as a sentence of its own, as a note to readers of another report.
        "Note: Lord Laming also led the Victoria Climbié Inquiry.",
        "Some will remember that Lord Laming previously chaired the Victoria Climbié Inquiry.",
    ):
        assert names(role) == [], role
    for telling in (
        # Telling of the report, or of what it caused, is not saying who someone is.
        "Lord Laming also led the Victoria Climbié Inquiry, which found twelve missed chances.",
        "Lord Laming also led the Victoria Climbié Inquiry that changed child protection.",
        "The case also led the Victoria Climbié Inquiry to widen its terms.",
        "Lord Laming led the Victoria Climbié Inquiry, publishing his report in 2003.",
        "The men who carried out the abuse the Victoria Climbié Inquiry described were never charged.",
        # A reader is not an author: "anyone who has reviewed the report" still names it.
        "Anyone who has reviewed the Victoria Climbié Inquiry knows it found twelve missed chances.",
        "The Victoria Climbié Inquiry found twelve missed chances.",
    ):
        assert names(telling), telling


def test_an_organisation_speaking_now_is_no_mention_of_its_old_report() -> None:
    research = Report(id="home-office-2002", title="Research for the Home Office", path="r.md", cues=("Home Office",))
    matcher = Matcher([research])
    said = "A Home Office spokesperson said the department would study the report closely."
    assert matcher.hits(said) == []
    assert [p.phrase for p in matcher.hits("The Home Office buried the research in 2002.")] == ["home office"]


def test_an_organisation_saying_something_now_names_no_report() -> None:
    research = Report(id="home-office-2002", title="Research for the Home Office", path="r.md", cues=("Home Office",))
    matcher = Matcher([research])
    assert matcher.hits("The Home Office said it would consider the report once published.") == []
    assert [p.phrase for p in matcher.hits("The Home Office has said nothing of the 2002 research.")] == []
    assert [p.phrase for p in matcher.hits("The Home Office research said the council knew.")] == ["home office"]


def test_a_clause_saying_what_someone_inspected_dates_no_report() -> None:
    # Her 2015 inspection is named only to say who she is; "this review" is her later one.
    text = [
        "Baroness Casey's review of the police came out yesterday and I read it cover to cover.",
        "Louise Casey, who inspected Rotherham council for the government in 2015, is blunt, and this review shows it.",
    ]
    assert [m.report_id for m in find_mentions(doc(text, date="2023-03-22"), DESCRIBED)] == []


ROCHDALE = Report(
    id="rochdale-2012",
    title="Rochdale reviews of child sexual exploitation",
    path="reports/rochdale-2012.md",
    published="2012-09-27",
    cues=("Rochdale",),
)
CASEY = Report(
    id="casey-2015",
    title="Report of Inspection of Rotherham Metropolitan Borough Council",
    path="reports/casey-2015.md",
    published="2015-02-04",
    authors=("Louise Casey",),
    aliases=("Casey report",),
    cues=("Louise Casey", "Rotherham"),
)
DESCRIBED = Matcher([JAY, IICSA, LAMING, ROCHDALE, CASEY, MUNRO])


def described(sentence: str, date: str | None = "2023-01-01") -> list[tuple[str, ...]]:
    return [d.candidates for d in DESCRIBED.describer.describe(fold(sentence), date)]


def test_a_report_called_by_its_maker_or_subject_is_described() -> None:
    assert described("Jay's findings were front-page news.", "2015-01-20") == [("jay-2014",)]
    assert described("The Rochdale recommendations were practical.") == [("rochdale-2012",)]
    assert described("Lord Laming published his report into the death of Victoria Climbié.") == [("laming-2003",)]
    # A place and a report word in one clause ("are tired of") name no report; a noun phrase does.
    assert described("People in Rochdale are tired of reviews.", "2024-01-18") == []
    assert described("Rochdale was asked to review its taxi rules.", "2024-01-18") == []
    assert described("People in Rochdale still quote the Rochdale reviews.", "2024-01-18") == [("rochdale-2012",)]
    assert described("Munro's is still the review every social worker quotes.") == [("munro-2011",)]
    # Of a maker's reports, the one the phrase dates; a year none has is another report.
    assert described("Alexis Jay's 2014 inquiry into Rotherham") == [("jay-2014",)]
    assert described("Lord Laming's 2009 progress report") == []
    # Of a place's reports, the kind of work the phrase names, as the titles say it.
    assert described("Louise Casey's inspection of the council") == [("casey-2015",)]
    assert described("the Rotherham inquiry was a local job") == [("jay-2014",)]
    # A year just before the report word dates it as well as one inside the phrase.
    assert described("the 2015 inspection of Rotherham council") == [("casey-2015",)]
    assert described("the 2014 inspection of Rotherham council") == []
    # Its author saying something stands for a report in the weeks after it appeared; later, only for
    # a report the piece names elsewhere (below).
    argued = "Munro argued that the forms are the problem."
    assert [(d.candidates, d.named) for d in DESCRIBED.describer.describe(fold(argued), "2011-05-20")] == [
        (("munro-2011",), False)
    ]
    assert [(d.candidates, d.named) for d in DESCRIBED.describer.describe(fold(argued), "2013-05-20")] == [
        (("munro-2011",), True)
    ]


def test_what_is_not_a_description_of_a_registry_report() -> None:
    # Another subject, another kind of work, a report not yet written, a clause saying who someone is.
    assert described("Louise Casey's review into opportunity and integration") == []
    assert described("an urgent joint inspection of safeguarding in Rochdale") == []
    assert described("Jay's findings", "2010-01-01") == []
    assert described("Professor Jay previously led the inquiry into Rotherham.") == []
    assert described("Casey's next report is due in spring") == []
    assert described("a progress report on the lessons of Victoria Climbié") == []
    # Places listed are several reports' subjects, not one report's.
    assert described("similar reviews elsewhere, in places including Rotherham, Rochdale and Oxford") == []
    assert described("the Rochdale and Rotherham inquiries") == []


def test_a_description_that_only_dates_another_event_counts_once() -> None:
    said = 'The board\'s chair said: "Since the Rotherham inquiry in 2014, every area has looked hard at itself."'
    text = [said, "Our own review found that young people were not believed.", "Rotherham was a warning."]
    assert [m.report_id for m in find_mentions(doc(text, date="2016-11-18"), DESCRIBED)] == []


def test_several_places_reports_are_not_one_report() -> None:
    # "The Rotherham reports" may be Jay's and Casey's: a plural settles on neither.
    named = "We'll do a whole episode on the Casey report some other time."
    assert reports_of_described([named, "Would love an episode on the Rotherham reports please."], "2015-03-05") == []
    assert reports_of_described([named, "Would love an episode on the Rotherham report please."], "2015-03-05") == [
        "casey-2015"
    ]


def test_a_description_is_settled_by_the_rest_of_the_document() -> None:
    # "The Rotherham report" is any of two here; the document's other evidence says which.
    body = [
        "The Rotherham report is angry in a controlled, forensic way.",
        "Professor Jay found that 1,400 children had been exploited.",
    ]
    assert [m.report_id for m in find_mentions(doc(body, "2016-03-01"), DESCRIBED)] == ["jay-2014"]
    assert find_mentions(doc([body[0], "The Rotherham report is long."], "2016-03-01"), DESCRIBED) == ()
    # A maker alone never settles it: the piece must show something else of the report.
    alone = ["Jay's findings were ignored.", "Jay's recommendations were ignored too."]
    assert reports_of(doc(alone, "2016-03-01")) == []
    assert reports_of(doc([*alone, "It was about Rotherham."], "2016-03-01")) == ["jay-2014"]


def test_an_author_speaking_long_after_counts_for_the_report_the_piece_names() -> None:
    said = "Jay estimated that at least 1,400 children were exploited in Rotherham."
    named = ["The Jay report is still the place to start for anyone new to all this.", said]
    assert reports_of_described(named, "2015-03-05") == ["jay-2014"]
    # Its cues alone do not say which of the author's reports is meant: a nod, not discussion.
    warned = "Nobody can promise it could not happen here, as Lord Laming warned after the death of Victoria Climbié."
    assert reports_of_described([warned, "The council says it has learned."], "2014-08-27") == []


def test_a_bare_kind_of_work_refers_back_to_the_report_of_that_kind() -> None:
    # "The inspection" is the one inspection the piece otherwise names: here Casey's.
    named = "Years on, people in Rotherham still quote the Casey report."
    inspection = ["The inspection found a council in denial.", "The inspection described bullying among members."]
    assert reports_of_described([named], "2017-03-10") == []
    assert reports_of_described([named, *inspection], "2017-03-10") == ["casey-2015"]
    # Without that sign it is any inspection at all ("Rotherham" is several reports' place), and
    # "the review", a word used for every kind of work, refers back to nothing.
    assert reports_of_described(["The council is in Rotherham.", *inspection], "2017-03-10") == []
    reviewed = [t.replace("inspection", "review") for t in inspection]
    assert reports_of_described([named, *reviewed], "2017-03-10") == []


def test_the_report_in_the_next_sentence_is_the_one_just_named() -> None:
    named = "Years on, people in Rotherham still mention the Casey report."
    found = "The report found a council in denial, and the inspectors said so plainly."
    assert reports_of_described([named], "2017-03-10") == []
    assert reports_of_described([f"{named} {found}"], "2017-03-10") == ["casey-2015"]
    # In another paragraph, or after a clause that only dates something ("Months after the
    # report, …"), "the report" may be any report at all.
    assert reports_of_described([named, found], "2017-03-10") == []
    dated = "Months after the report, councillors still argued about what it meant."
    assert reports_of_described([f"{named} {dated}"], "2017-03-10") == []
    # Nor after a sentence that brings in another report beside the named one.
    own = "The council, which had ignored the Casey report, commissioned its own review of taxi licensing."
    assert reports_of_described([f"{own} That review found that drivers had not been vetted."], "2017-03-10") == []


def test_it_going_on_with_what_a_report_did_refers_back_to_the_report_just_named() -> None:
    named = "The Munro review of child protection reported in May 2011."
    assert reports_of_described([named], "2016-03-10") == []
    found = "It found a system obsessed with compliance."
    assert reports_of_described([f"{named} {found}"], "2016-03-10") == ["munro-2011"]
    # "It" doing anything but finding may be anything at all: the council, a ministry.
    makes = "It makes for long reading, and it found its way onto every desk."
    assert reports_of_described([f"{named} {makes}"], "2016-03-10") == []
    said = "The council published its response to the Jay report on Friday. It said all fifteen had been accepted."
    assert reports_of_described([said], "2016-03-10") == []


def reports_of_described(body: list[str], date: str) -> list[str]:
    return [m.report_id for m in find_mentions(doc(body, date), DESCRIBED)]


def test_related_documents_share_subject_not_everything() -> None:
    topics = {
        "a": "taxi licensing drivers checks licensing taxi",
        "b": "taxi licensing council drivers enforcement taxi",
        "c": "football stadium supporters season tickets stadium",
        "d": "football supporters stadium matchday season",
    }
    docs = [replace(doc([f"{text} " * 3 + "common words everywhere"]), id=key) for key, text in topics.items()]
    related = related_documents({d.id: document_terms(d) for d in docs}, {})
    assert related["a"][0] == "b" and related["c"][0] == "d"
    assert all(k not in v for k, v in related.items())


WORDS = [f"word{n:02d}" for n in range(80)]


def _words(rng: random.Random) -> dict[str, int]:
    return {w: rng.randint(1, 5) for w in rng.sample(WORDS, rng.randint(1, 40))}


def _reports(rng: random.Random) -> tuple[Mention, ...]:
    return tuple(Mention(r, ("…",)) for r in rng.sample(["r1", "r2", "r3"], rng.randint(0, 2)))


def test_related_kept_up_to_date_equals_related_computed_afresh() -> None:
    """The preview's incremental "related" gives exactly what the full computation gives, after any edits.

    Seeded random archives, not hypothesis: its small shrunk examples hold fewer words than a
    signature, where an edit can never move a word in or out of another document's signature.
    """
    for seed in range(200):
        rng = random.Random(seed)
        terms = {f"d{i:02d}": _words(rng) for i in range(rng.randint(2, 40))}
        mentions = {doc_id: _reports(rng) for doc_id in terms}
        # A low cap, so words in too many documents drop out and come back as documents change.
        kept, fresh = Related(floor=2, spread=0.6), lambda: Related(floor=2, spread=0.6)
        assert kept(terms, mentions) == fresh()(terms, mentions)
        for step in range(15):
            terms, mentions = dict(terms), dict(mentions)
            doc_id, kind = rng.choice(sorted(terms)), rng.random()
            if kind < 0.2:
                terms[doc_id] = _words(rng)
            elif kind < 0.5:  # the same words, other counts: no document frequency moves
                terms[doc_id] = {w: rng.randint(1, 9) for w in terms[doc_id]}
            elif kind < 0.8:
                mentions[doc_id] = _reports(rng)
            elif kind < 0.9:
                terms[f"n{step:02d}"], mentions[f"n{step:02d}"] = _words(rng), _reports(rng)
            elif len(terms) > 2:
                del terms[doc_id], mentions[doc_id]
            assert kept(terms, mentions) == fresh()(terms, mentions), (seed, step)


def test_related_ranked_over_processes_equals_one_process() -> None:
    """Enough documents that the pool is used: the ranking does not depend on ``jobs``."""
    rng = random.Random(7)
    terms = {f"d{i:04d}": _words(rng) for i in range(1200)}
    mentions = {doc_id: _reports(rng) for doc_id in terms}
    one = related_documents(terms, mentions, jobs=1)
    assert len(one) > 1000
    assert related_documents(terms, mentions, jobs=2) == one


def test_first_mention_becomes_a_link_and_stays_text() -> None:
    mentions = FirstMentions.of([JAY], {"jay-2014": "/reports/jay-2014/"}, [])
    assert segments("Nothing here.", [], mentions) == [Segment("Nothing here.")]
    assert segments("Read <b>Professor Jay’s report</b>; the Jay report.", [], mentions) == [
        Segment("Read <b>"),
        Segment("Professor Jay’s report", "/reports/jay-2014/"),
        Segment("</b>; the Jay report."),
    ]


def test_link_check_finds_broken_pages_anchors_and_escapes() -> None:
    files = {
        "index.html": b'<a href="/documents/x/">x</a><a href="/documents/x/#c9">c</a><a href="/elsewhere/">e</a>',
        "documents/x/index.html": b'<p id="c1">hi</p><a href="#c1">ok</a>',
    }
    problems = [d.message for d in check_links(files, "/")]
    assert problems == ["broken anchor: /documents/x/#c9", "broken link: /elsewhere/"]
    assert next(d.message for d in check_links(files, "/archive/")).startswith("link /documents/x/ leaves")


def test_link_check_reads_attributes_not_text_scripts_or_the_canonical_link() -> None:
    page = (
        '<link rel="canonical" href="https://example.org/gone/"><link rel="stylesheet" href="/missing.css">'
        '<script type="application/ld+json">{"x": " href=\\"/in-json/\\""}</script><!-- <a href="/old/"> -->'
        '<p>write href=&#34;/text/&#34; in text</p>\n<img src="/no.png" alt=""><a href="#top">t</a><i id="top"></i>'
    )
    problems = [(d.line, d.message) for d in check_links({"index.html": page.encode()}, "/")]
    assert problems == [(1, "broken link: /missing.css"), (2, "broken link: /no.png")]


def test_pages_show_reports_evidence_and_links(real_site: Path) -> None:
    data = json.loads((real_site / "archive.json").read_text(encoding="utf-8"))
    covered = {d["id"]: [r["id"] for r in d["reports"] if r["evidence"]] for d in data["documents"]}
    doc_id, report_ids = next((k, v) for k, v in sorted(covered.items()) if v)
    page = soup(real_site / "documents" / doc_id / "index.html")
    section = page.find("section", class_="covers")
    assert section is not None and section.find("blockquote", class_="evidence")
    assert {a["href"] for a in section.find_all("a")} >= {f"/reports/{r}/" for r in report_ids}
    report_page = soup(real_site / "reports" / report_ids[0] / "index.html")
    assert f"/documents/{doc_id}/" in {a["href"] for a in report_page.find_all("a")}
    listed = next(r for r in data["reports"] if r["id"] == report_ids[0])
    assert doc_id in listed["documents"]
    assert soup(real_site / "index.html").find("svg") is not None


def test_sub_path_build_has_no_broken_links(make_content, tmp_path: Path) -> None:
    report = "---\ntitle: The Jay report\npublished: 2014-08-26\naliases: [Jay report]\n---\nSummary.\n"
    content = make_content(
        {
            "documents/a.txt": "A post\n\nThe Jay report found a lot. The Jay report says more.\n",
            "reports/jay-2014.md": report,
        }
    )
    build(content, tmp_path / "out", base_url="https://example.org/archive/")
    page = soup(tmp_path / "out" / "documents" / "a" / "index.html")
    assert page.find("a", string="Jay report")["href"] == "/archive/reports/jay-2014/"


def test_a_reading_lists_entries_name_works_without_discussing_them() -> None:
    listing = [
        "(E) The Victoria Climbié Inquiry: Report of an Inquiry by Lord Laming (2003)",
        "Week 4: the Climbié Inquiry report and what followed (2003 and 2004)",
    ]
    assert reports_of_described(listing, "2019-09-01") == []
    # A section's heading is shorter than a title: the section under it may discuss the report.
    section = ["Casey report (2015)", "The Casey report found a culture of denial and bullying in the council."]
    assert reports_of_described(section, "2019-09-01") == ["casey-2015"]
    # A sentence that ends with the years it covers is writing, not an entry.
    found = "The Jay report found that at least 1,400 children were sexually exploited in Rotherham (1997–2013)."
    assert reports_of_described([found, "Six men were jailed."], "2015-03-01") == ["jay-2014"]


def test_whose_report_says_who_someone_is() -> None:
    whose = (
        "Baroness Casey, whose 2015 inspection of Rotherham council found it not fit for purpose, "
        "was asked by the Met to review its culture."
    )
    assert [p for p in DESCRIBED.hits(whose) if p.report == "casey-2015"] == []


def test_a_cue_inside_a_clause_that_dates_something_else_is_not_the_reports_discussion() -> None:
    dated = (
        "The case was brought by the agency set up after the 2014 independent inquiry found that at least "
        "1,400 children had been exploited in Rotherham."
    )
    assert reports_of_described([dated, "Six men were jailed."], "2018-11-16") == []
    # Without the frame the inquiry's finding is discussed.
    said = "The 2014 independent inquiry found that at least 1,400 children had been exploited in Rotherham."
    assert reports_of_described([said, "Six men were jailed."], "2018-11-16") == ["jay-2014"]


def test_an_inquiry_led_by_its_maker_is_described_and_that_inspection_refers_back() -> None:
    led = "The independent inquiry commissioned by the council and led by Professor Alexis Jay came out in August 2014."
    assert described(led, "2015-03-01") == [("jay-2014",)]
    assert described("She led the inquiry into Rotherham.", "2015-03-01") == []  # a role, not the report
    named = "Years on, people in Rotherham still quote the Casey report."
    assert reports_of_described([named, "That inspection found a council in denial."], "2017-03-10") == ["casey-2015"]
    # A council is no report's maker: its own review "led by Rotherham council" is not Casey's.
    council = "The review of taxi licensing led by Rotherham council found that drivers had not been vetted."
    assert reports_of_described([named, council], "2017-03-10") == []
