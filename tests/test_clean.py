"""The cleaner: gold documents, each rule on its own, and properties that hold for any text."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from site_src.clean import clean
from site_src.clean.bylines import Byline, read_byline, read_dashed_byline, read_split_byline
from site_src.clean.dates import find_date, is_dateline, parse_date, year_less
from site_src.clean.furniture import (
    RULES,
    SHORT_LINE,
    STORY_LINK,
    control_rows,
    furniture_reason,
    panel_values,
    topic_toolbar,
)
from site_src.clean.header import resolve_header
from site_src.clean.markers import commenter_name
from site_src.clean.sheet import is_comment_header
from site_src.clean.text import is_prose, split_lines, words
from site_src.decode import normalise
from site_src.model import Comment, Document, Source

from .cleaning_score import FIXTURES, cases, clean_case, heldout_cases, score, summary


def source(text: str, name: str = "doc.txt") -> Source:
    raw = text.encode("utf-8")
    return Source(f"documents/{name}", raw, "utf-8", hashlib.sha256(raw).hexdigest())


CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_gold_document_is_cleaned_right(case) -> None:
    result = score(case, clean_case(case))
    assert result.wrong == {}
    assert result.body_kept == result.body_total, "no line of the writing is lost"


def test_targets_on_the_whole_gold_set() -> None:
    scores = [score(case, clean_case(case)) for case in CASES]
    figures = summary(scores)
    assert figures["furniture_recall"] >= 0.95
    assert figures["furniture_precision"] >= 0.95
    seeds = summary([s for s in scores if s.name.startswith("seed")])
    assert seeds["field_accuracy"] == 1.0
    assert seeds["body_line_recall"] == 1.0


def test_floors_on_pages_the_rules_were_not_written_for() -> None:
    # Writing is almost never lost and furniture removal is precise, even where the metadata
    # of an unfamiliar platform is missed.
    figures = summary([score(case, clean_case(case)) for case in heldout_cases()])
    assert figures["body_line_recall"] >= 0.95
    assert figures["furniture_precision"] >= 0.95


@pytest.mark.parametrize(
    ("name", "fields", "furniture_recall"),
    [
        # First look 0.675 fields, 0.735 furniture recall: forum poster panels, replies that name
        # whom they answer, button rows and cookie buttons.
        ("heldout5", 0.87, 0.96),
        # First look 0.600 fields: share prompts, a reporter's desk line, captions under their
        # label, a blog's skip links, Discourse's selection chrome, a headline written as sentences.
        ("heldout6", 0.76, 0.85),
        # First look 0.517 fields, 0.737 furniture recall: a question-and-answer page's answer head,
        # its sponsored block, "Related questions" and sort control.
        ("heldout7", 0.64, 0.86),
        # First look 0.592 fields, 0.650 furniture recall: a consent banner's sentences, the legal
        # lines of a company's footer, a dateline's time after a bullet, vBulletin's post heads.
        ("heldout8", 0.69, 0.75),
        # First look 0.517 fields, 0.874 body recall, 0.622 furniture recall: hard-wrapped mail,
        # a tabloid's comments over their names, consent banners, "By X for the Paper", "From:".
        ("heldout9", 0.64, 0.72),
        # First look 0.433 fields, 0.637 furniture recall: a news page's standfirst and its
        # headline listed again among the most read, a Sky-style "11:05, UK" dateline, a Quora-style
        # answer head.
        ("heldout10", 0.52, 0.68),
        # First look 0.650 fields, 0.925 furniture recall: "By X - date" and "Words by X",
        # "Tagged with:", "Filed in:", hashtag topics, a weekday settling a month-first date.
        ("heldout11", 0.72, 0.92),
        # First look 0.600 fields, 0.932 body recall, 0.781 furniture recall: old Reddit's head,
        # buttons and archived-thread notices.
        ("heldout12", 0.64, 0.82),
        # First look 0.617 fields, 0.850 furniture recall: a vBulletin date printed month first.
        ("heldout13", 0.63, 0.82),
        # First look 0.667 fields, 0.861 furniture recall: notices written as sentences never reaching
        # their rules, a byline under a standfirst, Typepad's comment numbers, Drupal's cut subjects.
        ("heldout14", 0.72, 0.87),
        # First look 0.850 fields, 0.859 furniture recall: a page printing its dates month first,
        # Disqus's vote rows, a journal's calendar sidebar, a newsletter's sign-up form.
        ("heldout15", 0.86, 0.93),
        # First look 0.775 fields, 0.879 furniture recall: a site's exit button and a news page's
        # "Find out more" taken for its name, phpBB's "Author" / "Message" heads and post buttons,
        # a parenting forum's "Post a message", comments "disabled … for legal reasons".
        ("heldout16", 0.81, 0.9),
        # First look 0.700 fields, 0.868 furniture recall: a national paper's consent button and
        # comment controls, old Reddit's glued button rows and sidebar, vBulletin's greeting without
        # "Welcome" and a member's own title, Disqus's "X > Y", Squarespace's pager and likes.
        ("heldout17", 0.79, 0.93),
        # First look 0.817 fields, 0.860 furniture recall: a national paper's old-article banner and
        # comment controls, a columnist's name over her job, "X > Y" naming a commenter over a date,
        # Ghost's short times, sidebar sentences after the article's end, phpBB's panel under a post.
        ("heldout18", 0.93, 0.97),
        # First look 0.750 fields, 0.830 furniture recall: Reddit's flair between byline and headline
        # and "yr." ages, a Facebook page's name over its post, Medium's "Published in", a blog's
        # description under its name, Tumblr's menu and handle, a forum opener's "· OP".
        ("heldout19", 0.89, 0.92),
        # First look 0.833 fields, 0.938 furniture recall: Typepad's byline with the time alone,
        # Drupal's subjects over the head, a paper's sponsored links and "in reply to" heads, a
        # vBulletin "Email this Page…" taken for the title, notices running past one sentence.
        ("heldout20", 0.9, 0.95),
        # First look 0.642 fields, 0.765 furniture recall: Medium's "More from …" cards read as
        # comments, Wix's labels and headline under the read time, a mailing's preview line, a
        # Facebook group's about box, old Reddit's sidebar and a title over its "submitted by".
        ("heldout21", 0.74, 0.84),
        # First look 0.642 fields, 0.877 furniture recall: Invision's panels and quotations, Lemmy's
        # byline and scored heads, JComments, Blogger's date over the headline, a professional
        # network's name, job and age over a comment, Substack's box, a writer's biography.
        ("heldout22", 0.75, 0.94),
        # First look 0.783 fields, 0.946 furniture recall: a Guardian-style caption and byline over
        # the headline, a regional daily's standfirst without its full stop, WordPress's "Post
        # author" badge, Discourse's name over its handle, XenForo's "Thread starter".
        ("heldout23", 0.89, 0.96),
        # First look 0.717 fields, 0.883 furniture recall: a forum's title quoted by its replies read as a
        # paragraph, Blogger's "NAME - DATE" head, a contributor's title-case headline and credential,
        # a tabloid's summary under "Most read", its follow and help boxes, Drupal's cut subjects.
        ("heldout24", 0.85, 0.9),
        # First look 0.775 fields, 0.944 body recall, 0.943 furniture recall: XenForo's starter line and
        # ranks, a paper's "replying to" heads, a link aggregator's thread under a link without text,
        # a section's name over a thread, quotations of posts without a header, Squarespace's pager.
        ("heldout25", 0.93, 0.96),
        # First look 0.783 fields, 0.969 body recall, 0.934 furniture recall: GeneratePress's " / " meta
        # row and colon-less labels, "Post navigation", a tabloid's job after the name and "Updated"
        # dateline, its newsletter box, Reddit's "u/NAME 9 years ago", Substack's year-less comment dates.
        ("heldout26", 0.85, 0.94),
        # First look 0.683 fields, 0.946 body recall, 0.893 furniture recall: a portal's cookie notice
        # after its owner's sentence read as the first paragraph, Vanilla's "Forum Member ✭✭" ranks, a
        # live blog's "Comments" link under its byline, Dreamwidth's and OpenWeb's threads, a Lords debate.
        ("heldout27", 0.88, 0.95),
        # First look 0.700 fields, 0.940 body recall, 0.850 furniture recall: wpDiscuz's form and "Reply
        # to NAME", giscus's "commented on" heads, "Owner" badge and emoji reactions, a Hugo theme's
        # "DATE · 9 min · NAME", Isso's form; then the Facebook plugin's and page's threads, Coral,
        # Flarum, MyBB's panel, Blogger Emporio's head, a social post's name over its handle, a
        # committee's labelled fields.
        ("heldout28", 0.88, 0.97),
        # First look 0.675 fields, 0.950 body recall, 0.825 furniture recall: a printed page's header
        # and footer, a written answer's reference read as a commenter, its tools, a paper's comment
        # stamp with the time first, Remark42's and Commento's chrome; then the Wayback Machine's
        # toolbar, a video page, a neighbourhood network's heads, a programme's presenter.
        ("heldout29", 0.88, 0.97),
        # First look 0.658 fields, 0.949 body recall, 0.885 furniture recall: GOV.UK's issuer and
        # contents, Twenty Twenty's categories, Mailman's senders and follow-ups, fediverse handles
        # read as addresses, DEV's figures and menus, a membership platform's prompts and tiers.
        ("heldout30", 0.82, 0.95),
        # First look 0.608 fields, 0.862 body recall, 0.628 furniture recall: Simple Machines 2.0's
        # ranks, karma, edit notes and "Today at" ages, IntenseDebate's votes and form, Staticman's
        # "Reply to NAME" buttons; old-web pages (Xanga, MySpace), a wiki talk page, an FOI site and
        # a consultation hub left for later rounds; then Simple Machines' clock and repeated
        # signature, Slashdot's heads, an answers site's question head and votes; then an FOI site.
        ("heldout31", 0.70, 0.86),
        # First look 0.625 fields, 0.864 body recall, 0.732 furniture recall: micro.blog's replies
        # dated under their text, Khoros's ranks, counters, topic menu and dates behind an
        # invisible direction mark; then a student forum's panel, a fundraiser's figures, NodeBB's
        # avatars and quotations, a dev blog's subtitle, alt text, newsletter box and author card,
        # Google+'s sharer, "NAME wrote:" heads dated under their text, a book site's messages.
        ("heldout32", 0.84, 0.94),
        # First look 0.567 fields, 0.918 body recall, 0.741 furniture recall: a photo page, an art
        # site's journal, an archive of works, a social thread, a video page, a link thread, a mail
        # group's archive, a help centre's post; heads under a commenter's picture, chained posts.
        ("heldout33", 0.84, 0.94),
        # First look 0.758 fields, 0.974 body recall, 0.946 furniture recall: common platforms in
        # layouts not their default; a talk board's notice and counts, "Posted by NAME · DATE"
        # under the post, offices around a byline's name, "@name" and "Agree with NAME" replies.
        ("heldout34", 0.90, 0.97),
        # First look 0.717 fields, 0.900 body recall, 0.902 furniture recall: a tabloid's bulleted
        # summary and readers' towns, a block theme's category line, a reply's name run on to its
        # date, a professional network's article and comments.
        ("heldout35", 0.80, 0.95),
        # First look 0.842 fields, 0.939 body recall, 0.967 furniture recall: a byline's job after a
        # comma, an author box at the foot, Disqus's "→ NAME • age", vBulletin 4's one-line quote
        # header and its thread title printed over the posts and again as the opening post's own.
        ("heldout36", 0.87, 0.97),
        # First look 0.783 fields, 0.953 body recall, 0.902 furniture recall: a Discourse topic's
        # labels and its replies dated by month, Invision's buttons, a journal's menu and a reply's
        # quoted subject, a paper's "in response to NAME", Squarespace's menu button.
        ("heldout37", 0.92, 0.95),
        # First look 0.792 fields, 0.925 body recall, 0.946 furniture recall: new Reddit's community
        # beside the age, a forum's or campaign's masthead over its description, Wix's byline and
        # cards, Ghost's badged reply and sign-up box, a block theme's one-word byline lines,
        # "Replying to NAME", a paper's "Read more" box.
        ("heldout38", 0.91, 0.97),
        # First look 0.725 fields, 0.960 body recall, 0.898 furniture recall: a broadsheet's picks
        # over its thread, a talk board's numbered stamps under the names, deleted comments, a
        # comments plugin's buttons with their likes and the commenter's town, a classic theme's
        # "Posted on" label.
        ("heldout39", 0.77, 0.90),
        # First look 0.758 fields, 0.955 body recall, 0.907 furniture recall: consent buttons taken
        # for the site, a block theme's foot, Medium's publication and upsell box, Blogger Contempo's
        # replies, a broadcaster's numbered and picked comments, old Reddit's flair and sidebar,
        # XenForo's member titles, Ghost's expertise lines, Bartik's subjects, phpBB prosilver's panel.
        ("heldout40", 0.90, 0.95),
        # First look 0.750 fields, 0.961 body recall, 0.870 furniture recall: a professional network's
        # reactions and the sidebar after its thread, Invision's panels and tags, a news theme's masthead
        # date and category badge, NationBuilder's flagged heads and petition box, Slashdot's byline with
        # its jest, an answers site's dotted heads, a portal's "View 2 replies".
        ("heldout41", 0.88, 0.97),
        # First look 0.817 fields, 0.928 body recall, 0.891 furniture recall: Weebly's comment form, a
        # parenting forum's poll and flat "@name" replies, a 2015 news page's headline under its date
        # and its numbered "N. At …, NAME wrote:" comments, Dreamwidth's letter heads, Discourse's
        # "Related topics", Substack's "N more comments...", a regional daily's reporter over their job.
        ("heldout42", 0.91, 0.96),
        # Set 43: Movable Type's "By NAME on DATE" and answer heads, Jimdo's "NAME (DATE)" and form,
        # Invision's buttons between panel and date, Simple Machines' login box and "Admin", a journal's
        # title under its date, vBulletin's thread tags, a link aggregator's "[dead]", an academic
        # site's appeal, a commenter's job over "In reply to NAME".
        ("heldout43", 0.92, 0.97),
        # Set 44: Blogger Simple's title under its date, a tabloid's headline right over its summary,
        # "DATE · NAME", phpBB 2's "Posted: … Post subject:", Disqus's teasers and "• edited", Discourse's
        # reply-to handle and handle-named quotations, Facebook's plugin credit.
        ("heldout44", 0.94, 0.96),
        # Set 45: new Reddit's compact ages, poster and flair, a mail archive's sender on two lines and
        # its list's name, a paper's bracketed caption credits and topics, wpDiscuz's "Guest" badge.
        ("heldout45", 0.94, 0.99),
        # Set 46: a tabloid's quoted headline and comment form, Drupal's comment subjects, Disqus's
        # split card stamps, Ghost's cards under the thread, a broadsheet's picks and one-level replies.
        ("heldout46", 0.93, 0.98),
        # Set 47: an older regional paper's page and "says..." heads, a councillor's social page, Invision's
        # panel, XenForo's tags, "DATE ~ NAME", a broadcaster's links and clips, an MP's sidebar.
        ("heldout47", 0.98, 0.98),
        # Set 48: phpBB subsilver2's labelled subjects, Twenty Twenty's badge and author box, a consent
        # banner's buttons, an asking headline over its subtitle, Simple Machines' breadcrumb and jump menu.
        ("heldout48", 0.96, 0.96),
        # Set 49: a date's update in brackets, XenForo's bookmark button and reactions over the buttons,
        # a blog's headline over its share buttons, vBulletin 5's toolbar and opening post, an agenda
        # item's meeting line, a live page's editor, a paper's "NAME, PLACE says...", Soho's replies.
        # (0.975 and 0.976 since a live page's summary is read as its text: its "Summary" heading is
        # kept over the summary's lines, and so are its "Get involved" and address, where the gold
        # removes them.)
        ("heldout49", 0.97, 0.97),
        # Set 50: a decision record's maker, Dreamwidth's bar, title and subjects, Invision's "posts", a
        # live page's reporter, "Trending", "Replying to", an entry footer's "Author NAME", a group's name.
        ("heldout50", 0.94, 0.97),
        # Set 51: a discussion group's thread and mail chrome, a report's PDF text, OceanWP's glued labels, a
        # professional network's banner and barred jobs, a party's logo, a Times-style head, MyBB's quotes.
        ("heldout51", 0.98, 0.98),
        # Set 52: a tabloid's consent wall and "More On" topics, a journal community's byline, Blogger
        # Essential's foot, a press release's contact box, Ghost's one-word credential.
        ("heldout52", 0.96, 0.96),
        # Set 53: a broadcaster's link home, a block theme's foot a word a line, a paper's note on its
        # comments, a blog's head with its reading time, a staff handle spelled out.
        ("heldout53", 0.96, 0.95),
        # Set 54: a debate record's speakers, live pages' key events and summary, a tabloid's in-text box
        # and call for stories, a broadcaster's newsroom, SMF's log-in box, a journal's own subjects.
        ("heldout54", 0.98, 0.98),
        # Set 55: a magazine theme's log-in panel and social plugin's thread, a newsletter archive's issue
        # line and signer, Modern.gov's papers, MyBB's related threads, Invision's menu, PaperMod's meta.
        ("heldout55", 0.97, 0.98),
        # Set 56: Vanilla's month-and-year dates, a petition page, a letter's greeting and signer, a
        # neighbourhood site's menu, Twenty Twenty-Four's tags, Blogger's sidebar, a regional live page.
        ("heldout56", 0.95, 0.97),
        # Set 57: Lobsters' story and heads, ProBoards' panel, likes and quotes, Tumblr's bar, tags,
        # date and replies, an answers site's profile photos, minutes' close, a theme's meta, Ghost's list.
        ("heldout57", 0.97, 0.98),
    ],
)
def test_what_the_rules_a_held_out_set_prompted_keep(name: str, fields: float, furniture_recall: float) -> None:
    figures = summary([score(case, clean_case(case)) for case in heldout_cases(name)])
    assert figures["field_accuracy"] >= fields
    assert figures["furniture_recall"] >= furniture_recall


# --- each rule on its own ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("05 Thursday Feb 2015", "2015-02-05"),
        ("3 September, 2014 - 1:36", "2014-09-03"),
        ("February 5, 2015 at 11:20 am", "2015-02-05"),
        ("04 Sep 2014", "2014-09-04"),
        ("Friday 12 March 2010", "2010-03-12"),
        ("26.08.14", "2014-08-26"),
        ("27/08/2014", "2014-08-27"),
        ("2014-08-27 09:40 pm (UTC)", "2014-08-27"),
        ("Thu Aug 28, 2014 9:14 pm", "2014-08-28"),
        ("27th Aug 2014, 09:14 BST", "2014-08-27"),
        ("Thu 20-Oct-22 11:42:07", "2022-10-20"),
        ("4 February 2015 • 6:02pm", "2015-02-04"),
        ("5 Mar 2015 · 9:14am", "2015-03-05"),
        ("31/02/2014", None),
        # A weekday settles a numeric date an American site printed month first.
        ("Tue, 03/04/2014 - 10:12", "2014-03-04"),
        ("Thu, 03/04/2014", "2014-04-03"),
        ("Mon, 03/04/2014", "2014-04-03"),
        # No 20th month: a vBulletin date printed month first, unambiguously.
        ("12-20-2013, 07:41 PM", "2013-12-20"),
        # A mail archive's date as Unix prints it.
        ("Tue Oct 26 17:42:09 BST 2010", "2010-10-26"),
        # Year first with dots or slashes; "of" before the month; a short year; the weekday after.
        ("2019.11.02", "2019-11-02"),
        ("2016/05/18", "2016-05-18"),
        ("2019.11-02", None),
        ("12th of March 2009", "2009-03-12"),
        ("Nov 3 '22 at 9:14", "2022-11-03"),
        ("30 Jun 22", "2022-06-30"),
        ("02 September 2014 (Tuesday)", "2014-09-02"),
        ("Tuesday 3 March 15:20", None),  # an hour, not a year
        ("3 May 15 children", None),
        ("2014-13-01", None),
        ("3 years ago", None),
        ("1997-2013", None),
        ("over 1,400 children", None),
    ],
)
def test_parses_the_date_forms_pages_print(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("8 min read · Oct 21, 2022", "2022-10-21"),
        ("@ 2014-08-27 21:14:00", "2014-08-27"),
        ("10:30, 10 MAY 2012", "2012-05-10"),
        ("Jun 2, 2011 · 38 min", "2011-06-02"),
        ("14 March 2019 | 1 hr 12 mins", "2019-03-14"),
        ("10:14 AM · Apr 25, 2018", "2018-04-25"),
        ("05 Jul 2022 07:30 BST | Updated 05 Jul 2022 09:15 BST", "2022-07-05"),
        ("8 min read", None),
        ("10:30, and then", None),
        ("11:12, 12 Jul 2022 Updated 13:40, 12 Jul 2022", "2022-07-12"),
        ("commented 2015-03-05 09:12:44 +0000", "2015-03-05"),  # NationBuilder, under the name
        ("9:38am Wed 13 Jul 22", "2022-07-13"),  # a regional paper's comment, the time first
        ("10:30 and 2 more", None),
    ],
)
def test_a_dateline_may_open_with_a_few_words(line: str, iso: str | None) -> None:
    assert is_dateline(line) == iso


@pytest.mark.parametrize(
    ("line", "partial"),
    [
        ("Oct 21", "--10-21"),
        ("Sat 21 October at 15:05", "--10-21"),
        ("Feb 29", "--02-29"),
        ("Feb 30", None),
        ("May 2015", None),
        ("May 15 children", None),
        ("Oct 21, 2022", None),
    ],
)
def test_a_date_without_its_year_is_read_as_month_and_day(line: str, partial: str | None) -> None:
    assert year_less(line) == partial


@pytest.mark.parametrize(
    ("line", "author", "date", "categories"),
    [
        ("POSTED BY NATASHA IN CHILD ABUSE INQUIRY, CHILDREN", "Natasha", None, ("Child Abuse Inquiry", "Children")),
        ("Submitted by AWL on 3 September, 2014 - 1:36 Author: Editorial", "Editorial", "2014-09-03", ()),
        ("Posted on 26.08.14 by Derek Lawton", "Derek Lawton", "2014-08-26", ()),
        ("By Jane Harcourt, Home Affairs Correspondent", "Jane Harcourt", None, ()),
        ("By MARK HOLDEN FOR THE DAILY BEACON", "Mark Holden", None, ()),
        ("Posted by Ruth Brennan at 08:47", "Ruth Brennan", None, ()),
        ("tinderbox_jen wrote,", "tinderbox_jen", None, ()),
        ("tinderbox_jen (tinderbox_jen) wrote,", "tinderbox_jen", None, ()),
        ("Submitted by kestrel_admin", "kestrel_admin", None, ()),
        # A programme's presenter is its author.
        ("14/05/2024 · Presented by Saira Mehta · 47 min", "Saira Mehta", "2024-05-14", ()),
        ("Hosted by Gareth Lyle", "Gareth Lyle", None, ()),
        # A video page's views over its description, with the date it went up.
        ("12,480 views  4 Feb 2015  #Rotherham #casey", None, "2015-02-04", ()),
        ("3.1K views · Streamed live on Feb 4, 2015", None, "2015-02-04", ()),
        # Capitals a theme sets on the whole line are undone; initials and acronyms are typed so.
        ("Submitted by SVA on 3 September, 2014 - 13:36", "SVA", "2014-09-03", ()),
        ("Posted by JLB on 4 March 2015", "JLB", "2015-03-04", ()),
        (
            "Posted by Jane Lee on March 4, 2015 at 10:14 am in Council, News",
            "Jane Lee",
            "2015-03-04",
            ("Council", "News"),
        ),
        ("POSTED BY JO IN NEWS", "Jo", None, ("News",)),
        # GeneratePress's meta row; a tabloid's job after the name without a comma; a label without its colon.
        ("By Callum Dreyfus Senior Reporter", "Callum Dreyfus", None, ()),
        ("By Jane Lee Home Affairs Correspondent", "Jane Lee", None, ()),
        ("Categories Local government", None, None, ("Local government",)),
        # Reddit's user is the name after "u/", as its comments print it; the post's age is no name.
        ("Posted by u/quietmoorland 9 years ago", "quietmoorland", None, ()),
        # The post's comment count printed after its categories is none of them.
        (
            "Posted by Martha Cleve in Child protection, Reviews ≈ 6 Comments",
            "Martha Cleve",
            None,
            ("Child protection", "Reviews"),
        ),
        ("Posted by Jo in News — Leave a comment", "Jo", None, ("News",)),
        ("Written by Fiona Reid, Head of Policy", "Fiona Reid", None, ()),
        ("Posted by Imelda Crowhurst, Town Clerk", "Imelda Crowhurst", None, ()),  # a council's clerk
        ("Written by Mirela Thorogood in Reading notes", "Mirela Thorogood", None, ("Reading notes",)),
        ("Written by Jo Hale in News, Politics", "Jo Hale", None, ("News", "Politics")),
        # (A paper's name and a date are no categories.)
        ("Written by Tom Barker in The Kendal Courier", "Tom Barker in The Kendal Courier", None, ()),
        # (A capital starts the category: here no category, and no name of a person's length.)
        ("Written by Jo Hale in collaboration with the parish", None, None, ()),
        ("By Faisal Qureshi - December 06, 2016", "Faisal Qureshi", "2016-12-06", ()),
        ("2016-08-26 ~ Imogen Thackeray", "Imogen Thackeray", "2016-08-26", ()),  # a blog theme's tilde
        # A paper's date with its section after it: the section is no category.
        ("12:30pm Wednesday 4th March 2015 in News", None, "2015-03-04", ()),
        ("Words by Callum Reid", "Callum Reid", None, ()),
        # Movable Type's, with the post's counts after it; "on" before anything but a date is no byline's.
        (
            "By Ambrose Kettle on August 28, 2014 9:14 PM | 7 Comments | No TrackBacks",
            "Ambrose Kettle",
            "2014-08-28",
            (),
        ),
        # Old Reddit's head of a post, and its sidebar's note of the day.
        ("submitted 12/07/2022 by wrekin_wanderer", "wrekin_wanderer", "2022-07-12", ()),
        ("submitted 3 years ago by hedington_hal to r/OxonTalk", "hedington_hal", None, ()),
        ("this post was submitted on 03 Mar 2015", None, "2015-03-03", ()),
        ("Filed in: Society", None, None, ("Society",)),
        ("Posted in: Council news, Community safety", None, None, ("Council news", "Community safety")),
        # When the page last changed is not when it appeared.
        ("Last modified on Wed 4 Feb 2015 18.05 GMT", None, None, ()),
        ("Last edited: 12 Jun 2019", None, None, ()),
        ("Nadia Ferrant, social affairs correspondent", "Nadia Ferrant", None, ()),
        ("Posted by Margaret H. at 21:14", "Margaret H.", None, ()),
        ("Sat 28 Mar 2015 · Posted by the Parish Office", "the Parish Office", "2015-03-28", ()),
        ("For immediate release: 25 April 2018", None, "2018-04-25", ()),
        ("Volume 611: debated on Wednesday 4 February 2015", None, "2015-02-04", ()),
        # A date among short labels; a later "Last updated" does not date the page.
        ("Newsletter | Issue 14 | 6th March 2015", None, "2015-03-06", ()),
        ("Telford | Crime | Published: Jul 12, 2022 | Last updated: Jul 19, 2022", None, "2022-07-12", ()),
        ("3 March 2015 at 16:20 · Shared with Public", None, "2015-03-03", ()),
        ("Supporter newsletter — 15 July 2022", None, "2022-07-15", ()),
        # The date first, then the writer (and where it is filed); after a dot, no name is read (a
        # section's, a sidebar post's title, "No Comments", read as one as often).
        ("June 18, 2015 by thornhillwatcher", "thornhillwatcher", "2015-06-18", ()),
        ("12 March 2015 · Local News", None, "2015-03-12", ()),
        ("November 14, 2019 · No Comments", None, "2019-11-14", ()),
        (
            "December 6, 2016 in Integration, Policy | by Farida Okonjo-Shaw",
            "Farida Okonjo-Shaw",
            "2016-12-06",
            ("Integration", "Policy"),
        ),
        (
            "This entry was posted in Practice notes and tagged Munro review on May 10, 2021 by Ruth Adeyemi-Hart.",
            "Ruth Adeyemi-Hart",
            "2021-05-10",
            ("Practice notes",),
        ),
        # Typepad's foot when the date heads the post; a job after the author's name; a news
        # site's topics set apart by dots.
        (
            "Posted at 09:14 PM in Child protection, Rotherham | Permalink",
            None,
            None,
            ("Child protection", "Rotherham"),
        ),
        ("Author: Amrita Bose, Head of Policy", "Amrita Bose", None, ()),
        ("Author: Okafor, Margaret", "Okafor, Margaret", None, ()),
        ("Author: Amrita Bose, Tom Reid", "Amrita Bose, Tom Reid", None, ()),  # two authors, no job
        ("Filed under: News · 3 min read", None, None, ("News",)),
        ("Categorized as Inquiries, Local government", None, None, ("Inquiries", "Local government")),
        ("2023-01-28 · 9 min · Ruth Adeyemi", "Ruth Adeyemi", "2023-01-28", ()),  # a Hugo theme's
        ("Author: Editorial, a note", "Editorial, a note", None, ()),
        ("Leave a Comment / by Helen Marwood / 02/09/2014", "Helen Marwood", "2014-09-02", ()),
    ],
)
def test_reads_bylines(line: str, author: str, date: str | None, categories: tuple[str, ...]) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.author, byline.date, byline.categories) == (author, date, categories)


def test_blogger_labels_are_tags_on_one_line_or_under_their_label() -> None:
    labels = ("fostering", "missing from care")
    assert read_byline("Labels: fostering, missing from care") == Byline(tags=labels, furniture=True)
    assert read_split_byline("Labels", "fostering, missing from care") == Byline(tags=labels, furniture=True)
    assert read_split_byline("Categories", "fostering, missing from care") == Byline(categories=labels, furniture=True)


@pytest.mark.parametrize(
    "line",
    [
        "By continuing to use this site you agree",
        "Reading the report again tonight.",
        "Updated guidance followed.",
        "author:username",  # Reddit's search help, not a byline
        "Sadly, as any editor will tell you, nobody reads the small print, least of all the editor",
        "Home | News | Sport | Weather",
        "12 March 2015 | The inquiry met again. It heard from the council.",
        "A photo taken in May 2015 by my brother",
        "Debated on 4 February 2015 and again in March, the report changed little.",
        # A time is no mail archive's host; an event's host and opening hours name no writer.
        "The Meeting Starts at 7.30",
        "Hosted by The Rotary Club",
        "From: Monday to Friday",
        "By the time it was published on Tuesday the leader had gone",
        "Reading week ~ Imogen Thackeray",  # (a tilde after no date)
        "On the fourth day in March the leader had gone",  # (" in " after no date)
    ],
)
def test_ordinary_lines_are_not_bylines(line: str) -> None:
    assert read_byline(line) is None


def test_a_sites_host_in_its_footer_is_no_byline() -> None:
    assert read_byline("Hosted by Campaign Sites Ltd.", head=False) is None


def test_a_list_of_topics_set_apart_by_dots_is_one_tag_each() -> None:
    byline = read_byline("Topics: Child protection · Social care · Haringey")
    assert byline is not None
    assert byline.tags == ("Child protection", "Social care", "Haringey")


def test_a_timeline_in_the_article_stays_writing() -> None:
    # Above the article "DATE — label" is a masthead and "DATE by NAME" a byline; in it, a timeline.
    timeline = ["26 August 2014 — Jay report published", "4 February 2015 | Casey report", "1 May 2015 by bus to Leeds"]
    assert [read_byline(line, head=False) for line in timeline] == [None, None, None]
    doc = clean(source("A headline for the timeline test\n" + ARTICLE + "\n" + "\n".join(timeline) + "\n" + ARTICLE))
    assert doc.date is None
    assert set(timeline) <= {b.text for b in doc.body}


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Tagged with: Oxfordshire, serious case review, CSE", ("Oxfordshire", "serious case review", "CSE")),
        ("Topics: #Rotherham #localgovernment", ("Rotherham", "localgovernment")),
        ("TAGS: CHILD PROTECTION, CSE", ("Child Protection", "Cse")),
    ],
)
def test_reads_tag_lines_keeping_acronyms_unless_the_whole_line_shouts(line: str, tags: tuple[str, ...]) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.tags == tags


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Leave a Reply", "comment form"),
        ("You are commenting using your Twitter account. Log Out / Change )", "comment form"),
        ("Your comment is awaiting moderation.", "moderation notice"),
        ("REPLY", "reply or vote button"),
        ("Reply · Report · ▲ 142 ▼ 6", "reply or vote button"),
        # A social network's log-in box, share line and footer row.
        ("Email or phone", "subscription prompt"),
        ("Create new account", "subscription prompt"),
        ("See more of Holloway Brook Residents' Association on Facebook", "share or follow widget"),
        ("Shared with Members of Marston Parents Together", "share or follow widget"),
        ("Add your comment", "comment form"),  # a tabloid's, under its thread
        ("Write a public comment…", "comment form"),
        ("View 2 more replies", "comment form"),
        ("Got a story? Call the Bulletin newsdesk on 020 7946 0412 or email tips@example.com", "page notice"),
        ("Do you have a story for us? Email newsdesk@example.com or call 01632 960 100.", "page notice"),
        ("Have you been affected by the issues raised in this story? Share your experience.", "page notice"),
        ("Please include a contact number if you are willing to speak to an NBS journalist.", "page notice"),
        ("READ MORE: Full list of road closures for this weekend's carnival", "link to another story"),
        # IntenseDebate's form under a thread.
        ("Login with IntenseDebate, Twitter or OpenID", "comment form"),
        ("Comment as a Guest, or login:", "comment form"),
        ("If you have a website, link to it here.", "comment form"),
        ("Comments by IntenseDebate", "comment form"),
        # A forum's panel, edit note and foot (Simple Machines).
        ("Karma: +58/-0", "poster profile"),
        ("Last Edit: 20 December 2012, 22:10:05 by Skipper_Tom", "edit note"),
        ("Page created in 0.112 seconds with 21 queries.", "site footer"),
        ("Jump to: => News, policy and reviews", "site footer"),
        ("Report this ad", "advert"),
        ("Comments for this article have been turned off.", "comment form"),
        # A regional paper's rules over its comments.
        ("We want our comments to be a lively and valuable part of our community - a place to debate.", "comment form"),
        ("Please report any comments that break our rules.", "comment form"),
        ("Read the rules here", "comment form"),
        ("View profile", "navigation"),
        # A petition site's box beside an update.
        ("Sign this petition", "subscription prompt"),
        ("148,203 have signed. Let's get to 200,000!", "subscription prompt"),
        ("At 200,000 signatures, this petition becomes one of the top signed on CauseCall!", "subscription prompt"),
        ("Share this petition", "share or follow widget"),
        ("Send a message", "share or follow widget"),
        ("Share this:", "share or follow widget"),
        ("Advertisements", "advert"),
        ("Hide Ad", "advert"),
        ("Watch more of our videos on Shots!", "advert"),
        ("This website uses cookies, you can find out more and set your preferences here.", "cookie notice"),
        ("Blog at WordPress.com.", "site footer"),
        ("Board index ‹ Society ‹ Child protection", "navigation"),
        ("≈ 15 COMMENTS", "counter"),
        ("Most read", "related links heading"),
        ("Get the day's top stories straight to your inbox.", "subscription prompt"),
        ("Follow us on Instagram", "share or follow widget"),
        ("Pauline Garside's blog", "navigation"),
        ("Loading comments… Trouble loading?", "comment form"),
        ("Message poster", "reply or vote button"),
        ("Reply · Thread · Parent · Link", "reply or vote button"),
        ("Current Mood: drained", "poster profile"),
        ("LiveJournal uses cookies to make the site work. By continuing to use the site you agree.", "cookie notice"),
        ("Tap to play", "advert"),
        ("The video will start in 8Cancel", "advert"),
        ("Get the biggest daily stories by email", "subscription prompt"),
        ("We will use your email address only for sending you newsletters.", "subscription prompt"),
        ("Mumsnet hasn't checked the qualifications of anyone posting here. If in doubt, ask.", "site footer"),
        ("Add message | Report | See all HQ comments on this thread", "reply or vote button"),
        ("Reactions: Keeper_of_the_Ings, DonValleyDave and 11 others", "reply or vote button"),
        ("Click to expand...", "reply or vote button"),
        ("Got it", "cookie notice"),
        ("Some of these cookies are essential, while others help us to improve your experience.", "cookie notice"),
        ("Share by email", "share or follow widget"),
        ("Comment Policy: Please be respectful. Comments that name victims will be removed.", "comment form"),
        ("Want to join the conversation? Please or to comment on this article.", "comment form"),
        ("Feed You can follow this conversation by subscribing to the comment feed for this post.", "comment form"),
        ("Promoted by A. Greaves on behalf of K. Ashworth, both at 14 Market Street, Pennine Vale.", "site footer"),
        ("Casework Quarterly © 2023", "site footer"),
        ("Well-known member", "poster profile"),
        ("Write something about yourself. No need to be fancy, just an overview.", "subscription prompt"),
        ("Share or comment on this article:", "share or follow widget"),
        ("skip to main | skip to sidebar", "navigation"),
        ("Print subscriptions", "navigation"),
        ("UK edition", "navigation"),
        ("Your account", "navigation"),
        ("Open Menu Close Menu", "navigation"),
        ("Book a session", "navigation"),
        ("Decline", "cookie notice"),
        ("You have selected 0 posts.", "comment form"),
        ("cancel selecting", "comment form"),
        ("1 / 8", "counter"),
        ("9 Restacks", "counter"),
        ("∙", "counter"),
        ("Discover more from The Long Report", "subscription prompt"),
        ("Over 3,000 subscribers", "subscription prompt"),
        ("top of page", "navigation"),
        ("Search This Blog", "navigation"),
        ("Next debate", "navigation"),
        ("I Accept", "cookie notice"),
        ("Reject", "cookie notice"),
        ("Forgot account?", "subscription prompt"),
        ("Thanks for subscribing!", "subscription prompt"),
        ("Get link", "share or follow widget"),
        ("Other Apps", "share or follow widget"),
        ("Share this contribution", "share or follow widget"),
        ("Upvote · 48", "reply or vote button"),
        ("View 2 shares", "reply or vote button"),
        ("3 likes. Post not marked as liked", "reply or vote button"),
        ("2.3K views", "counter"),
        ("·3-min read", "counter"),
        ("Cookies on GOV.UK", "cookie notice"),
        ("Reject additional cookies", "cookie notice"),
        ("Skip to first unread message", "navigation"),
        ("Click to rate", "reply or vote button"),
        ("Rating   412", "reply or vote button"),
        ("Best rated", "comment form"),
        ("View all", "navigation"),
        ("1.2k", "counter"),
        ("shares", "share or follow widget"),
        # Medium's box under a post.
        ("Get Nerys Holloway’s stories in your inbox", "subscription prompt"),
        ("Join Longhand for free to get updates from this writer.", "subscription prompt"),
        # A paper's appeal mid-article and its button to be asked later.
        (
            "… we have a small favour to ask. Millions are turning to us every day. Will you support us?",
            "subscription prompt",
        ),
        ("Remind me in November", "subscription prompt"),
        ("Comments are closed for this article.", "comment form"),
        ("Facebook Comments Plugin", "comment form"),
        ("RELATED ARTICLESMORE FROM AUTHOR", "related links heading"),
        (
            "Vale Natter › Local Issues › Children, Schools & Families › Oxfordshire review, a year on: does anyone "
            "know who's checking?",
            "navigation",
        ),
        # Jimdo's comment form; a link to more under a paragraph.
        ("Comment *", "comment form"),
        ("E-mail (will not be published)", "comment form"),
        ("Please enter the code", "comment form"),
        ("Note: Fields marked with * are required.", "comment form"),
        ("Read more about our open meetings", "navigation"),
        # Movable Type's counts under a post; a news page's break for an advert.
        ("No TrackBacks", "pingback"),
        ("TrackBack URL: http://example.com/mt/mt-tb.cgi/412", "pingback"),
        ("Continue reading below", "navigation"),
        ("Article continues below", "navigation"),
        # Old Reddit's chrome around a thread.
        ("permalink embed save parent report reply", "reply or vote button"),
        ("share save hide report", "reply or vote button"),
        ("87% Upvoted", "counter"),
        ("24.1k members", "counter"),
        ("This thread is archived", "comment form"),
        ("sorted by: best", "comment form"),
        ("my subreddits", "navigation"),
        ("limit my search to r/OxonTalk", "navigation"),  # its search help in the sidebar
        ("Link to comment", "reply or vote button"),  # Invision's, under each post
        ("Link to post", "reply or vote button"),
        ("Share on other sites", "share or follow widget"),
        ("Followers 2", "share or follow widget"),
        ("Reply to this topic", "navigation"),  # over the topic: no comment's reply button
        ("Recent Entries", "navigation"),  # a journal's menu
        ("Memories", "navigation"),
        ("Close Menu", "navigation"),  # a site builder's (Squarespace's) menu button
        ("23 Likes∙4 Restacks", "counter"),  # a newsletter's under a post
        ("Explore", "related links heading"),
        ('find submissions by "username"', "navigation"),
        ("nsfw:yes (or nsfw:no)", "navigation"),
        ("discuss this ad on reddit", "advert"),
        # Reply buttons and reactions under a comment.
        ("Reply ↓", "reply or vote button"),
        ("Liked by Nadia Kershaw", "reply or vote button"),
        ("7 comments share save hide report", "reply or vote button"),
        # Platforms' own chrome, as their scrapes print it.
        ("Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest", "share or follow widget"),
        ("Click to email a link to a friend (Opens in new window)", "share or follow widget"),
        ("Reblog (0) |", "share or follow widget"),
        ("Next message: [Swpractice] Re: Second serious case review now published", "navigation"),
        ("Post Reply · Page 1 of 2 · 14 posts", "navigation"),
        ("24 △ ▽ • Reply • Share ›", "reply or vote button"),  # Disqus
        ("• Reply •", "reply or vote button"),
        ("Avatar", "poster profile"),
        ("Accessibility links", "navigation"),  # a site's tools over its masthead
        ("Search this site", "navigation"),
        ("Translate", "navigation"),
        ("Listen Live", "navigation"),
        ("On air now: Breakfast with Dan and Kirsty", "navigation"),  # a radio station's player
        ("Request a call back", "site footer"),  # a firm's button over its masthead
        # A contributor's blog on a news site: the follow buttons, the desk's notices, the lists below.
        ("Follow Ruth Adeyemi-Clarke on Twitter", "share or follow widget"),
        ("Become a fan", "share or follow widget"),
        ("Suggest a correction", "page notice"),
        ("Useful websites and helplines:", "page notice"),
        ("Related Blogs", "related links heading"),
        ("Around the Web", "related links heading"),
        ("1,204 reads", "counter"),  # Drupal's statistics
        ("Email this Page…", "share or follow widget"),  # vBulletin
        ("Sign up to my newsletter", "subscription prompt"),  # an MP's site
        ("Threads: Collapsed", "comment form"),
        ("Show 25 replies", "comment form"),
        ("Show more replies", "reply or vote button"),
        ("Comments have been turned off for this article.", "comment form"),
        ("Add a message to this thread", "comment form"),
        ("Enter your email", "subscription prompt"),
        ("By signing up you agree to our privacy notice.", "subscription prompt"),
        ("Postcode", "subscription prompt"),
        ("Give now", "share or follow widget"),
        ("Reject non-essential", "cookie notice"),
        ("Related content", "related links heading"),
        ("Trending", "navigation"),
        ("Similar Posts", "related links heading"),
        ("‹ previous entry", "navigation"),
        ("next entry ›", "navigation"),
        ("Post navigation", "navigation"),
        ("You are watching this thread | Add message | Search this thread", "navigation"),
        ("View this email in your browser | Forward to a friend | Unsubscribe", "navigation"),
        ("Independent Reviewing Officer | City council | £33,000-£36,000", None),  # a job advert's facts
        # LiveJournal's and Dreamwidth's sidebar: the month's calendar, the page's style.
        ("S M T W T F S", "journal sidebar"),
        ("12 13 14 15 16 17 18", "journal sidebar"),
        ("5 10 15 20", None),  # small numbers, but not a week
        ("Give", None),
        ("Style: Heron by grey_heron", "journal sidebar"),
        ("Expand Cut Tags", "journal sidebar"),
        ("Tweet This", "share or follow widget"),
        ("Republish this article", "share or follow widget"),
        ("Display threads collapsed", "comment form"),
        ("Preview Post Comment…", "comment form"),
        ("All reactions:", "comment form"),
        ("News provided by", "site footer"),
        ("Pingback: Munro review roundup « Frontline Notes", "pingback"),
        # A national paper's consent button, video player and comment controls.
        ("Manage my cookies", "cookie notice"),
        ("Reject non-essential cookies", "cookie notice"),
        ("Play Video", "advert"),
        ("Order by", "comment form"),
        ("Threads", "comment form"),
        ("Collapsed", "comment form"),
        ("Expanded", "comment form"),
        ("Unthreaded", "comment form"),
        ("Loading…", "comment form"),
        ("Sign in or create your account", "comment form"),
        ("Sign in to My Dearneside", "subscription prompt"),
        ("Add a comment...", "comment form"),
        ("Oldest First", "comment form"),
        ("Least Liked", "comment form"),
        ("Sign up for our newsletter", "subscription prompt"),
        # Share buttons with their counts glued on (Squarespace); old Reddit's rows and sidebar.
        ("Facebook0", "share or follow widget"),
        ("permalinkembedsaveparentreportgive awardreply", "reply or vote button"),
        ("412 points (94% upvoted)", "counter"),
        ("joinleave48,112 readers", "counter"),
        ("219 users here now", "counter"),
        ("a community for 9 years", "navigation"),
        ("message the mods", "navigation"),
        ("discussions in r/britishaffairs", "navigation"),
        ("other discussions (4)", "navigation"),
        ("Submit a new text post", "navigation"),
        ("shortlink:", "navigation"),
        ("remember me reset password", "navigation"),
        # vBulletin's similar threads; Blogger's bar; a mailing's archive link and its foot.
        ("Similar Threads", "related links heading"),
        ("By SteelCityStu in forum Rotherham & District", "navigation"),
        ("Replies: 212", "counter"),
        ("Views: 1,204", "counter"),
        ("Last Post: 14-01-2015, 10:57 PM", "counter"),
        ("Bookmarks", "navigation"),
        ("More", "navigation"),
        ("Create Blog", "navigation"),
        ("Past Issues", "navigation"),
        ("In this issue", "related links heading"),
        ("In this edition", "related links heading"),
        ("Our mailing address is:", "site footer"),
        ("Registered charity no. 1149927", "site footer"),
        ("Add us to your address book", "subscription prompt"),
        ("Want to change how you receive these emails?", "subscription prompt"),
        # A national paper's banner and comment controls; a regional paper's video and consent chrome.
        ("This article is more than 15 years old", "page notice"),
        ("Recommend 112", "reply or vote button"),
        ("Order by oldest", "comment form"),
        ("Show 25 comments per page", "comment form"),
        ("Show 207 more comments", "comment form"),
        ("Join the conversation, you are commenting as Logged out", "comment form"),  # Coral's
        ("We'd also like to set additional cookies to understand how you use our website.", "cookie notice"),
        ("Hide replies", "comment form"),
        ("Sign in or create your Meridian account to join the discussion.", "comment form"),
        ("Watch more of our videos", "advert"),
        ("Visit now", "advert"),
        ("Show Purposes", "cookie notice"),
        ("Manage cookie settings", "cookie notice"),
        # A charity's page: its section menu, its feedback question; an MP's election imprint.
        ("In this section", "related links heading"),
        ("Related news", "related links heading"),
        ("Was this page useful?", "page notice"),
        ("Promoted by Laura Penhaligon, 2 Station Road, Thornbridge.", "site footer"),
        # LiveJournal's buttons and pager; Ghost's newsletter box; Discourse's topic map; phpBB.
        ("(Reply) (Thread) (Link)", "reply or vote button"),
        ("(Reply) (Parent) (Thread) (Link)", "reply or vote button"),
        ("<< [1] >>", "navigation"),
        ("No spam. Unsubscribe anytime.", "subscription prompt"),
        ("likes", "counter"),
        ("Site Admin", "poster profile"),
        ("Last edited by sheff_exile on Wed Aug 27, 2014 8:02 am, edited 1 time in total.", "edit note"),
        ("Direction: Ascending", "comment form"),
        ("Column 148", "navigation"),
        ("👍 3", "counter"),
        ("❤️ 1", "counter"),
        ("👍❤️ 214", "counter"),
        ("Write a reply", "comment form"),
        ("Type Comment Here (at least 3 chars)", "comment form"),
        ("E-mail (optional)", "comment form"),
        ("Sign in with GitHub", "comment form"),
        # wpDiscuz's form, and its note under an edited comment.
        ("Notify of", "comment form"),
        ("new replies to my comments", "comment form"),
        ("[+]", "comment form"),
        ("Last edited 8 years ago by Sheila Brannigan", "edit note"),
        ("Proudly created with Wix.com", "site footer"),
        ("Subscribe with RSS", "subscription prompt"),
        ("How would you tag this suggestion?", "comment form"),
        # A live blog's controls over its updates.
        ("Pinned post", "live page control"),
        ("Show key events only", "live page control"),
        ("Please turn on JavaScript for automatic updates", "live page control"),
        # Coral's tabs and counts; a paper's newsletter named for it; Facebook's comments plugin.
        ("All Comments", "comment form"),
        ("Featured Comments", "comment form"),
        ("Respect 41", "counter"),
        ("Sign up to the Courier's free daily newsletter", "subscription prompt"),
        ("Load 3 more comments", "comment form"),
        # Flarum's likes and notes among the posts, its scrubber's place in the thread, its reply box.
        ("kestrel_sw and fenwick_t liked this.", "reply or vote button"),
        ("1 of 9", "navigation"),
        ("Write a Reply...", "comment form"),
        # Remark42's votes and feeds, Commento's logins and folds, a podcast's and a paper's chrome.
        ("▲ +6 ▼", "reply or vote button"),
        ("Subscribe by E-mail", "subscription prompt"),
        ("Share: Twitter · Facebook · Email", "share or follow widget"),
        ("Login with your email address", "comment form"),
        ("Collapse", "reply or vote button"),
        ("Share this episode", "share or follow widget"),
        ("Report this comment", "share or follow widget"),
        ("Comments are closed on this article", "comment form"),
        # Blogger's mobile pager, Google Sites' attachments and footer menu, a membership platform's prompts.
        ("‹", "navigation"),
        ("View web version", "navigation"),
        ("Download the one-page summary (PDF)", "navigation"),
        ("Embedded Files", "navigation"),
        ("Home · About us · Meetings · Useful contacts", "navigation"),
        ("Become a member", "subscription prompt"),
        ("£3 / month", "subscription prompt"),
        ("Load replies", "comment form"),
        # Mailman's foot under a message.
        ("SG-Research mailing list", "site footer"),
        ("https://lists.example.org/mailman/listinfo/sg-research", "site footer"),
        # Telegram's web preview.
        ("VIEW IN TELEGRAM", "navigation"),
        # Mastodon's server box.
        ("Server stats:", "subscription prompt"),
        # Consent banners' buttons and headings: WordPress.com's, a forum's, a paper's.
        ("Close and accept", "cookie notice"),
        ("Got it!", "cookie notice"),
        ("We care about your privacy", "cookie notice"),
        # A broadcaster's video box and the caption's label over it.
        ("Media playback is unsupported on your device", "video player"),
        ("Share this story About sharing", "share or follow widget"),
        # A caption opening on its label: "Image: …", "Photo: …. Picture by …".
        ("Image: a page of minutes with the actions column left blank (my own, from an old meeting)", "image caption"),
        ("Photo: Campaigners outside the town hall on Tuesday evening. Picture by Courier staff", "image caption"),
        # Set 45's chrome: new Reddit's buttons and links, a paper's caption, sign-up box and offers.
        ("Go to Hubbub Home", "navigation"),
        ("Open settings menu", "navigation"),
        ("Expand user menu", "navigation"),
        ("More replies", "reply or vote button"),
        ("Related Communities", "related links heading"),
        ("The final report was published last month (File picture)", "image caption"),
        ("Campaigners outside the town hall on Tuesday (PA Wire)", "image caption"),
        (
            "Sign up to our free Morning Briefing email for the day's news, straight to your inbox",
            "subscription prompt",
        ),
        ("Thanks for signing up to the Morning Briefing email", "subscription prompt"),
        (
            "I would like to be emailed about offers, events and updates from The Lodestar. Read our privacy notice",
            "subscription prompt",
        ),
        (
            "Sign up to the Morning Brief newsletter for free: your essential guide to the day's agenda",
            "subscription prompt",
        ),
        ("Enjoying this article? Try a month of The Kingsway Dispatch for £1", "subscription prompt"),
        ("Join thought-provoking conversations, follow other Lodestar readers and see their replies", "comment form"),
        ("Gift this article free", "share or follow widget"),
        # Set 47's chrome: an older regional paper's prompt and its comments' scores.
        ("Get involved with the news in your community", "page notice"),
        ("Send your stories and photos now", "page notice"),
        ("Score: 9", "counter"),
        ("Quick Navigation", "navigation"),  # vBulletin's, under the thread
        ("Reply to this topic...", "navigation"),  # Invision's box under a topic
        # Set 48's: a consent banner's heading, a broadcaster's podcast under its story.
        ("Ledger Premium: unlimited access to award-winning journalism", "subscription prompt"),
        ("Subscribe for £1", "subscription prompt"),
        # Simple Machines' breadcrumb over a long title, a board named in lower case, and its buttons under a topic.
        (
            "Roch Valley Residents' Board » Community » Council watch » The 2012 review, five years on - has anyone "
            "seen a progress table?",
            "navigation",
        ),
        ("Go Up", "navigation"),
        (
            "Want a quick and expert briefing on the biggest news stories? Listen to our latest podcasts to find out "
            "What You Need To Know...",
            "page notice",
        ),
    ],
)
def test_recognises_furniture(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Moorside Radio is part of Pennine Media Group Ltd. Registered in England no. 04412345.", "site footer"),
        ("Registered in England & Wales under company number 0123456. Registered office: 1 High St.", "site footer"),
        (
            "Kerr LLP is authorised and regulated by the Solicitors Regulation Authority (SRA number 612345).",
            "site footer",
        ),
        ("The Institute is a company limited by guarantee, no. 5987654.", "site footer"),
        (
            'You can change your choices at any time by visiting "Privacy settings" at the bottom of any page.',
            "cookie notice",
        ),
        ("Cookie settings: we use cookies to improve your experience. Continue to accept.", "cookie notice"),
        ("We use some essential cookies to make this website work.", "cookie notice"),
        ("We’d like to set additional cookies to understand how you use the site and improve it.", "cookie notice"),
        ("The comments below have been moderated in advance.", "comment form"),
        ("By posting your comment you agree to our house rules.", "comment form"),  # a tabloid's form
        # Platforms' notices, written as sentences.
        ("This discussion has been archived. No new comments can be posted.", "comment form"),
        ("use the following search parameters to narrow your results:", "navigation"),
        (
            "Do you have an opinion on the issues raised in this article? If you would like to submit a response of "
            "up to 300 words by email to be considered for publication in our letters section, please click here.",
            "page notice",
        ),
        ("University of Eastmoor provides funding as a member of The Lectern UK.", "author's disclosure"),
        ("You can update your preferences or unsubscribe from this list.", "subscription prompt"),
        ("Sign up with your email address to receive news and updates.", "subscription prompt"),
        ("Sign up for a new account in our community. It's easy!", "comment form"),
        ("Subscribe now and get unlimited access to our journalism, apps and puzzles.", "subscription prompt"),
        ("Email sent! Check your inbox to complete your signup.", "subscription prompt"),
        (
            "Republish our articles for free, online or in print, under Creative Commons licence.",
            "share or follow widget",
        ),
        ("Text is available under the Creative Commons Attribution-ShareAlike License.", "site footer"),
        (
            "Welcome to Foster Carers' Lounge. If this is your first visit, be sure to check out the FAQ by clicking "
            "the link above.",
            "forum notice",
        ),
        (
            "If this is your first visit, be sure to check out the FAQ by clicking the link above. You may have to "
            "register before you can post.",
            "forum notice",
        ),
        (
            "This discussion is now closed for comments but you can still sign in or create your Courier account "
            "to join the discussion next time",
            "comment form",
        ),
        ("This email was sent to you because you are a member or supporter of the Alliance.", "subscription prompt"),
        # An academic news site's appeal and its offer to republish, under the article.
        ("The Colloquy relies on university and reader support. Every donation helps.", "subscription prompt"),
        ("We believe in the free flow of information. Republish our articles for free.", "share or follow widget"),
        ("Enjoying this article? Try a month of The Kingsway Dispatch for £1.", "subscription prompt"),
    ],
)
def test_recognises_footer_and_consent_sentences(line: str, reason: str) -> None:
    assert furniture_reason(line, prose=True) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The industry is regulated by the Financial Conduct Authority, which has promised a review.",
        "The firm, registered in England in 1998, ran the homes until the council took them back.",
        "The council relies on government support. It said so in its budget.",
        "The food bank relies on donations from local people. Last year it gave out 4,000 parcels.",
        "The club relies on its supporters. Without them it would have folded years ago.",
        "We believe in the free flow of information. That is why we asked the council to publish the report.",
        "We have a small favour to ask of our readers: please fill in the survey by Friday.",
    ],
)
def test_keeps_sentences_about_registration_and_regulation(line: str) -> None:
    assert furniture_reason(line, prose=True) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("fenwick_t, Ada M and 6 others liked this.", "reply or vote button"),
        ("kestrel_sw changed the tags from Practice to Practice, Policy & Research.", "forum notice"),
    ],
)
def test_a_forums_notes_at_sentence_length_are_furniture(line: str, reason: str) -> None:
    assert furniture_reason(line, prose=True) == reason


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        # A blog's own closing question, a sub-heading, an instruction, a heading that greets.
        ("What do you think?", False),
        ("Liked by many, feared by some", False),
        ("Click to print the full report", False),
        ("Welcome to the big picture: why did the inquiry fail so many children for so long?", True),
        ("Edited on 12 June 2019 to add the link to the full report, which the council has now published.", True),
        # Sentences opening as a mailing's foot or a closed discussion does.
        ("This email was sent to all parents on Friday, two days before the report was published.", True),
        ("This discussion is closed to the public, the council said in its letter to families.", True),
        ("Promoted by the then Home Secretary, the scheme was meant to protect children, but it failed.", True),
        ("Want to change how you receive these emails? Write to the council and ask them why.", True),
        ("My mum and I liked this.", True),
        ("Enjoying this article? Let me know in the comments which scams you have seen lately.", True),
    ],
)
def test_writing_that_looks_like_a_platforms_chrome_is_kept(line: str, prose: bool) -> None:
    assert furniture_reason(line, prose=prose) is None
    assert read_byline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "I second that!",
        "Up the Millers.",
        "Thank you Maureen.",
        "Reply to the council's letter, sent today.",
        "Yes, I'm happy",  # a consent button only beside its banner
        "Last post: thank you all",
        "Log in to your online banking",
        "Promoted by the council",
        "Order by Friday, please",
        "Promoted by the council, 300 families signed up",
        "Display: 10.1-inch, anti-glare",
        "Links",
        "Users",
        "Created",
        "Sign up for the sponsored walk",
        "Or",
        "Follow up",
        "More info",
        "Got a story? We all do",
        "Message",
        # Set 45's second read: headings, replies and captions that a platform's chrome rule took.
        "Go to bed",
        "Go to Wilko.",
        "Award",
        "Default",
        "Your privacy choices",
        "Physician associate (PA)",
        "Before and after (photo)",
        "Looks great. Mine after two coats of Cuprinol, for comparison (photo)",
        "Thanks for signing up to help, Mark!",
        "I would like to be emailed about the next meeting",
        "Why bin collection reminders and school closure alerts will now arrive straight to your inbox",
    ],
)
def test_keeps_short_writing(line: str) -> None:
    assert furniture_reason(line) is None


def test_patterns_tried_only_on_lines_with_their_words_miss_nothing() -> None:
    """Every line of every fixture gets the reason one alternation of all the rules would give."""
    one_alternation = re.compile(
        "|".join(
            f"(?P<r{n}>(?:{'|'.join([*patterns, *(anywhere.pattern for anywhere in anywheres)])})\\s*)"
            for n, (_, patterns, anywheres) in enumerate(RULES)
        ),
        re.IGNORECASE,
    )
    texts = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.rglob("*.txt"))]
    checked = 0
    for line in (line for text in texts for line in split_lines(normalise(text))):
        if len(line.text) <= SHORT_LINE and not line.prose:
            match = one_alternation.fullmatch(line.text)
            expected = RULES[int(match.lastgroup[1:])][0] if match and match.lastgroup else None
            assert furniture_reason(line.text) == expected, line.text
            checked += expected is not None
    assert checked > 1000


def test_old_reddit_notices_are_furniture_though_they_read_as_sentences() -> None:
    for notice in (
        "Want to join? Log in or sign up in seconds.",
        "New comments cannot be posted and votes cannot be cast",
    ):
        assert furniture_reason(notice, prose=True) == "comment form"
    assert is_comment_header(split_lines("all 42 comments")[0])
    assert is_comment_header(split_lines("Member discussion")[0])  # Ghost's


def test_title_quoted_by_the_comment_header_wins() -> None:
    lines = split_lines("My Blog\nA Great Post About Things\n05 Feb 2015\n")
    found = resolve_header(lines, [0, 1], [2], ["A Great Post About Things"])
    assert (found.site, found.title) == (0, 1)


def test_site_and_tagline_without_a_headline_leave_the_title_unknown() -> None:
    lines = split_lines("eatmorecheese\nHe's fallen out of the car again\n")
    found = resolve_header(lines, [0, 1], [], [])
    assert (found.site, found.title, found.tagline) == (0, None, 1)


def test_a_typepad_byline_with_the_time_alone_gives_author_and_category() -> None:
    byline = read_byline("Posted by Margaret Ellery at 09:14 AM in Child protection | Permalink | Comments (5)")
    assert byline is not None and (byline.author, byline.categories) == ("Margaret Ellery", ("Child protection",))


def test_two_sentences_under_a_headline_are_no_headline_even_without_the_full_stop() -> None:
    headline = "Rotherham was not a failure of political correctness. It was a failure to see girls as children"
    standfirst = (
        "The report describes agencies that saw trouble, not victims. That habit is far older than any ideology"
    )
    doc = clean(
        source(f"The Meridian\nOpinion\n{headline}\n{standfirst}\nFiona Aldridge\nWed 27 Aug 2014 09.14 BST\n{ARTICLE}")
    )
    assert doc.title == headline


def test_a_page_saved_as_a_pdf_prints_its_time_title_address_and_page_number_on_every_page() -> None:
    head = "03/09/2014, 21:07   Inquiry report: the warnings and the people told - The Northern Ledger\n"
    foot = "https://www.northernledger.example.com/uk-news/2014/aug/27/inquiry-report   {}/2\n"
    first, second, *rest = ARTICLE.split("\n")
    page = f"{head}The Northern Ledger\nNews\nInquiry report: the warnings and the people told\nBy Marcus Eldridge\n"
    page += f"Wed 27 Aug 2014 06.00 BST\n{first}\n{second}\n{foot.format(1)}{head}" + "\n".join(rest) + "\n"
    doc = clean(source(page + foot.format(2)))
    assert (doc.site, doc.title) == ("The Northern Ledger", "Inquiry report: the warnings and the people told")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    printed = {head.strip(), foot.format(1).strip(), foot.format(2).strip()}
    assert [r.reason for r in doc.removed if r.text in printed] == ["printed page's header or footer"] * 4


def test_a_page_read_from_a_web_archive_opens_with_the_archives_toolbar() -> None:
    # The Wayback Machine's controls and its collection's description come before the captured
    # page: none of it is the site, the headline or the text. Kubrick's categories line ends with a
    # link to the comments ("5 Comments »"), which makes it no menu link.
    toolbar = (
        "http://fieldnotes.example.org/2004/03/02/after-the-inquiry/\nGo\n12 captures\n"
        "02 Mar 2004 - 19 Jun 2010\nFEB\nMAR\nAPR\n02\n2003\n2004\n2005\nsuccess\nfail\n"
        "About this capture\nCOLLECTED BY\nOrganization: Alexa Crawls\n"
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive, "
        "added to the Wayback Machine after an embargo period.\nCollection: alexa_web_2004\nTIMESTAMPS\n"
        "The Wayback Machine - http://web.archive.org/web/20040302/http://fieldnotes.example.org/\n"
    )
    page = f"{toolbar}Field Notes\n\nMarch 2nd, 2004\nAfter the inquiry: a year of action plans\nPosted by ros\n"
    doc = clean(source(f"{page}{ARTICLE}\nPosted in Inquiries, Practice | 5 Comments »\n"))
    assert (doc.site, doc.title, doc.date) == ("Field Notes", "After the inquiry: a year of action plans", "2004-03-02")
    # Without "TIMESTAMPS" the toolbar ends at its folds under "About this capture", not at the page's own "Expand".
    short = toolbar.split("COLLECTED BY")[0] + "collapse\nexpand\n"
    folded = clean(source(f"{short}{page.removeprefix(toolbar)}{ARTICLE}\nExpand\n"))
    assert (folded.site, folded.title) == ("Field Notes", "After the inquiry: a year of action plans")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert doc.categories == ("Inquiries", "Practice")
    removed = {r.text: r.reason for r in doc.removed}
    assert {removed[line] for line in toolbar.strip().split("\n")} == {"web archive toolbar"}


def test_a_government_news_story_its_issuer_contents_and_closing_contact_line() -> None:
    # GOV.UK: "From:" names the body that issued the page; a table of contents lists the
    # sub-headings, the first of which stands over the first paragraph; a contact line closes it.
    page = (
        "GOV.EXAMPLE\nMenu\nHome\nSafeguarding children\n\n"
        "News story\nOffice sets out its next steps after the report\n"
        "The office has published its initial response to the final report, with a timetable for its work.\n"
        "From: Office for Safeguarding Standards\nPublished 17 January 2023\nContents\nWhat the office will do now\n"
        f"Media enquiries\n\nWhat the office will do now\n{ARTICLE}\nMedia enquiries\n"
        "Journalists can contact the press office on the number below during office hours.\n"
        "Out of hours: 07700 900415.\nIs this page useful?\nYes\nNo\nHelp\nPrivacy\nCookies\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "Office sets out its next steps after the report",
        "Office for Safeguarding Standards",
        "2023-01-17",
    )
    body = [b.text for b in doc.body]
    assert body[0] == "What the office will do now" and body[-1] == "Out of hours: [phone removed]."
    # A quoted mail's sender in the text is no issuer.
    assert read_byline("From: Jane Ellis", head=False) is None


def test_twenty_twentys_categories_over_the_headline_and_its_share_buttons() -> None:
    page = (
        "Town Hall Notes\nMenu\nHome\n\nCategories\nLocal government\nSafeguarding\n"
        "Ten years after the inspection: what changed\nPost author\nBy Gareth Pryce\nPost date\nFebruary 4, 2025\n"
        f"{ARTICLE}\nShare this:\nShare on X (Opens in new window)\nX\nShare on Facebook (Opens in new window)\n"
        "Facebook\nLike this:\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.categories) == (
        "Ten years after the inspection: what changed",
        "Gareth Pryce",
        ("Local government", "Safeguarding"),
    )
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    # A sidebar's categories over another post's title, with no byline under it, are no post's.
    sidebar = clean(source(f"Town Hall Notes\nCategories\nLocal government\nWhat scrutiny committees see\n{ARTICLE}\n"))
    assert sidebar.categories == ()


def test_a_news_pages_chrome_around_a_short_standfirst_and_its_topics() -> None:
    # A standfirst of ten words or more right under the headline is the article's, not a banner;
    # a newsletter box naming the paper and a caption between the text and "Topics" leave the tags.
    headline = "Inquiry one year on: council says work on every recommendation is under way"
    standfirst = 'Survivors\' group says progress is real but "too slow to see"'
    newsletter = "Sign up to the Courier's free daily newsletter\nEnter your email address\nSign up\n"
    page = (
        f"The Severnside Courier\nNews\nBy Owen Trellis\n{headline}\n{standfirst}\nPublished: 12 July 2023 at 14:32\n"
        f"{ARTICLE}\nAdvertisement\n{newsletter}The civic offices. Picture: Courier staff\n"
        "Topics\nTelford\nChild protection\nMost Read\n"
        "2 comments\nSort by Top\nAdd a comment…\n"
        "Gareth Pryce\nGreen ratings on a council's own report.\nLike · Reply · 1y\n"
        "Anita Sohal\nGood to see schools mentioned.\nLike · Reply · 1y\n"
        "Load 3 more comments\nFacebook Comments Plugin\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.standfirst, doc.tags) == (headline, standfirst, ("Telford", "Child protection"))
    assert [b.text for b in doc.body if b.kind == "p"][-1] == ARTICLE.splitlines()[-1]
    removed = [r.text for r in doc.removed]
    for line in ("Sign up to the Courier's free daily newsletter", "Load 3 more comments", "Facebook Comments Plugin"):
        assert line in removed
    assert [c.author for c in doc.comments] == ["Gareth Pryce", "Anita Sohal"]


def test_a_written_questions_record_names_the_asker_and_the_answers_date_around_its_tools() -> None:
    head = "HouseWatch\nMPs\nWritten answers\nRotherham Council: Children's Services\n"
    head += "Department for Communities and Local Government written question – answered on 16th March 2015.\n"
    head += "Alert me about debates like this\nAsked by Bronwen Castell\n"
    question = "To ask the Secretary of State what assessment he has made of the council's services and staff."
    tools = "Hansard source\n(Citation: HC Deb, 16 March 2015, cW)\n"
    answer = "UIN 227341, tabled on 9 March 2015\nAnswered by the Parliamentary Under-Secretary of State\n"
    foot = "Share this answer\nLink to this answer\nGet email alerts\n"
    foot += "Email me whenever Bronwen Castell speaks or answers a written question\n"
    foot += "Your email address\nSet up alert\nNo annotations have been added to this answer yet.\n"
    foot += "Add an annotation (you'll need to sign in)\nData & API\n"
    doc = clean(source(f"{head}{question}\n{tools}{answer}{ARTICLE}\n{tools}{foot}"))
    assert (doc.author, doc.date) == ("Bronwen Castell", "2015-03-16")
    assert doc.title == "Rotherham Council: Children's Services"
    assert doc.comments == ()  # a reference and its date head no comment
    assert [b.text for b in doc.body if b.kind == "p"][-1] == ARTICLE.split("\n")[-1]
    assert {line for line in (tools + foot).split("\n") if line} <= {r.text for r in doc.removed}


def test_a_committees_evidence_page_heads_its_text_with_labelled_fields_under_the_headline() -> None:
    headline = "Written evidence submitted by the Northfold Children's Trust (CPR0057)"
    fields = "Inquiry: Child protection reform\nCommittee: Children's Services Committee\nPublished: 14/06/2023\n"
    first, second, *rest = ARTICLE.split("\n")
    charity = "3. The Trust is a registered charity working with children and families in the north of England."
    text = f"{first}\n{second}\nAbout the Trust\n{charity}\n" + "\n".join(rest)
    page = (
        f"Parliamentary Committees Online\nHome\n{headline}\n{fields}Submitted by: Northfold Children's Trust\n{text}\n"
    )
    doc = clean(source(page + "About us\nContact us\n"))
    assert (doc.title, doc.author, doc.date) == (headline, "Northfold Children's Trust", "2023-06-14")
    body = [b.text for b in doc.body]
    assert body[body.index("About the Trust") + 1] == charity  # a sub-heading between paragraphs, and what it heads
    assert "Contact us" not in body
    # The charity's footer line, with its number, is furniture still.
    assert furniture_reason("The Trust is a registered charity in England and Wales (1089464).", prose=True)


def test_a_headline_opening_a_page_without_a_masthead_is_no_site_name() -> None:
    # Medium prints no site's name in text: the first line is the headline, the longer line under
    # it the subtitle, however much it reads like a headline itself.
    headline = "Ten years on from the 2011 review, the forms are still winning"
    subtitle = "A social worker looks back at the national review of child protection, and at what it still asks of us"
    byline = "Daniel Ashworth\nFollow\n8 min read\n·\nMay 10, 2021"
    page = f"Open in app\nSign in\n{headline}\n{subtitle}\n{byline}\n{ARTICLE}"
    doc = clean(source(page))
    assert (doc.title, doc.standfirst, doc.site) == (headline, subtitle, None)
    # A masthead over them is the site's name still.
    doc = clean(source(page.replace("Sign in\n", "Sign in\nThe Practice Desk\n")))
    assert (doc.title, doc.site) == (headline, "The Practice Desk")


def test_a_lone_menu_word_the_page_never_repeats_gives_way_to_a_name_it_does() -> None:
    head = "Jobs\nCare & Practice\nMunro's final report: freed from the tick-box?\n05 Feb 2015\n"
    foot = "9 Comments\nCare & Practice\n© 2015 Care & Practice\n"
    lines = split_lines(head + foot)
    found = resolve_header(lines, [0, 1, 2], [3], [])
    assert (found.site, found.title) == (1, 2)
    # A one-word name is the site when the page names it again, or when no other line is named again.
    found = resolve_header(split_lines(head.replace("Jobs", "Hansard") + "Hansard\n"), [0, 1, 2], [3], [])
    assert found.site == 0
    found = resolve_header(split_lines(head), [0, 1, 2], [3], [])
    assert found.site == 0
    # A sentence names no site: a newsletter's preview line over its sender's name.
    preview = "Our response to the inquiry, new helpline hours and dates for your diary\n"
    lines = split_lines(preview + head.removeprefix("Jobs\n") + foot)
    assert resolve_header(lines, [0, 1, 2], [3], []).site == 1


def test_an_appeal_that_ends_in_the_sites_name_gives_way_to_the_name() -> None:
    head = "Support The Meridian\nSign in\nThe Meridian\nOpinion\nChildren failed by adults\nBy Ana Pell\n"
    lines = split_lines(head)
    assert resolve_header(lines, [0, 2, 3, 4], [5], []).site == 2
    # A label with its value over the masthead names no site.
    lines = split_lines(
        "Call us: 020 7946 0100\nAldous & Kerr Solicitors\nIICSA: what the final report means\nBy Ana Pell\n"
    )
    assert resolve_header(lines, [0, 1, 2], [3], []).site == 1
    lines = split_lines("-\nGazette\nIICSA: what the final report means\nBy Ana Pell\n")  # nor a line without a letter
    assert resolve_header(lines, [0, 1, 2], [3], []).site == 1
    # A one-word section ending the paper's name is no name of its own.
    lines = split_lines(head.replace("Support The Meridian", "Albion News").replace("The Meridian", "News"))
    assert resolve_header(lines, [0, 2, 3, 4], [5], []).site == 0


def test_a_section_in_the_menu_home_opens_is_no_site_the_masthead_over_its_own_menu_is() -> None:
    top = "Skip to content\nHome\nNews\nSport\nWeather\nABN Player\nMenu\n"
    story = "Council leader resigns after Jay report\nPublished 26 August 2014\nShare\n" + ARTICLE
    foot = "\nAbout the ABN\nCopyright © 2014 ABN. All rights reserved.\n"
    assert clean(source(top + "ABN News\nHome\nUK\nWorld\n" + story + foot)).site == "ABN News"
    # The masthead printed again at the foot, over no menu of its own.
    top = "Sign In\nHome\nNews\nSport\nShowbiz\nMoney\n"
    page = top + "Daily Sentinel\nLatest Headlines\nUK Politics\nCrime\n" + story + "\nDaily Sentinel\nNews\nSport\n"
    assert clean(source(page)).site == "Daily Sentinel"
    # No masthead at all: the site is not shown, rather than the section.
    assert clean(source(top + story + foot)).site is None
    # The corporation's name over its top menu, then the news service's masthead, in its name, over
    # the service's own menu: the service is the site (a different name over a menu is a section).
    top = "Skip to content\nAlbion Broadcasting Corporation\nHome\nNews\nSport\nAlbion Player\n"
    assert clean(source(top + "Albion News\nHome\nUK\nWorld\nPolitics\nLocal\n" + story)).site == "Albion News"
    local = clean(source(top + "Local News\nHome\nUK\nWorld\nPolitics\nLocal\n" + story))
    assert local.site == "Albion Broadcasting Corporation"


def test_a_broadcasters_account_link_over_sign_in_is_no_masthead() -> None:
    story = "Council leader resigns after Jay report\nPublished 26 August 2014\n" + ARTICLE
    top = "Accessibility links\nSkip to content\nABN iD\nSign in\nHome\nNews\nSport\nWeather\n"
    doc = clean(source(top + "ABN News\nHome\nUK\nWorld\nPolitics\n" + story))
    assert doc.site == "ABN News"
    assert "ABN iD" in {r.text for r in doc.removed}


def test_old_reddits_bar_of_subreddits_is_navigation_the_subreddit_under_it_the_site() -> None:
    post = "Why does nobody talk about the practice review?\nsubmitted 3 years ago by u/ledgerline_77\n" + ARTICLE
    bars = ("popular\n-all\n-random\n-users\n|\nAskUK\n-NorthernBrits\nmore »\n", "popular\nall\nrandom\nusers\n")
    # (A Reddit-style site may call its subreddits communities.)
    for head, bar in itertools.product(("my subreddits", "my communities"), bars):
        doc = clean(source(f"jump to content\n{head}\n{bar}CouncilWatchUK\ncomments\n{post}"))
        assert (doc.site, doc.title) == ("CouncilWatchUK", "Why does nobody talk about the practice review?")
        assert {"popular", "users"} <= {r.text.lstrip("-") for r in doc.removed}


def test_an_academic_sites_disclosure_and_a_caption_over_its_credit_are_no_paragraphs() -> None:
    head = "Rotherham: how warnings were buried\nPublished: August 27, 2014 1.45pm BST\nRuth Calloway\n"
    disclosure = (
        "Disclosure statement\nRuth Calloway has received funding from the Research Council. She is a social worker.\n"
    )
    disclosure += (
        "Partners\nUniversity of Eastmoor provides funding as a member of The Lectern UK.\nView all partners\n"
    )
    picture = (
        "Email\nPrint\nRotherham town centre. The inquiry covered the years from 1997 to 2013.\nPhoto: Dales Images\n"
    )
    doc = clean(source(head + disclosure + picture + ARTICLE))
    assert doc.body[0].text == ARTICLE.splitlines()[0]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Ruth Calloway has received funding from the Research Council. She is a social worker."] == (
        "author's disclosure"
    )
    assert removed["Rotherham town centre. The inquiry covered the years from 1997 to 2013."] == "image caption"
    # A paragraph over a picture's credit, under another paragraph, stays.
    doc = clean(source(head + ARTICLE + "\nPhoto: Dales Images\n" + ARTICLE.replace("Paragraph", "Section")))
    assert ARTICLE.splitlines()[-1] in [p.text for p in doc.body]


DISCOURSE = """Frontline Commons
Is anyone tracking the inquiry's recommendations at partnership level?
Policy and inquiries
iicsa
recommendations
Solved
mhalloran
Feb '23
{article}
4
Reply
tdawlish
Feb '23
We kept a table, but the conversation it forced at the exec mattered more than the table did.
3
Reply
cwrenfield
Feb '23
Solution
Four columns: the recommendation, its national status, what it means for us and what we can do now.
9
Reply
"""


@pytest.mark.parametrize(
    ("tags", "listed"),
    [
        ("Casey inspection, commissioners, Rotherham", ""),  # on one line under the byline
        ("Tags:\nCasey inspection\ncommissioners\nRotherham", "\nShare this:\nEmail"),  # under a heading
    ],
)
def test_a_block_themes_foot_dates_files_signs_and_tags_the_post(tags: str, listed: str) -> None:
    # Twenty Twenty-Three prints the post's details under its text, a line each.
    foot = "Posted\nFebruary 19, 2015\nin\nScrutiny\nby\nMaureen Ashdown\n"
    doc = clean(
        source(f"Committee Room Three\nFive questions after the inspection\n\n{ARTICLE}\n\n{foot}{tags}{listed}\n")
    )
    assert (doc.date, doc.categories, doc.author) == ("2015-02-19", ("Scrutiny",), "Maureen Ashdown")
    assert doc.tags == ("Casey inspection", "commissioners", "Rotherham")
    assert doc.body[-1].text == ARTICLE.split("\n")[-1]
    # A one-line byline at the foot with the writer's town under it has no tags.
    doc = clean(source(f"Committee Room Three\nFive questions\n\n{ARTICLE}\n\nBy Jane Doe\nHeadingley, Leeds\n"))
    assert doc.tags == ()


def test_a_discourse_topic_its_category_and_tags_and_its_replies_dated_by_month() -> None:
    doc = clean(source(DISCOURSE.format(article=ARTICLE)))
    assert doc.title == "Is anyone tracking the inquiry's recommendations at partnership level?"
    assert (doc.categories, doc.tags, doc.author) == (
        ("Policy and inquiries",),
        ("iicsa", "recommendations"),
        "mhalloran",
    )
    # "Feb '23" names a month, not a day: each reply's date is unknown, its head no less a head.
    assert [(c.author, c.date) for c in doc.comments] == [("tdawlish", None), ("cwrenfield", None)]
    assert doc.comments[1].paragraphs[0].startswith("Four columns")  # the accepted answer's label is its head's
    # The poster's name in lower case, over the first post's date, is no tag.
    doc = clean(source(DISCOURSE.format(article=ARTICLE).replace("Solved\n", "")))
    assert (doc.tags, doc.author) == (("iicsa", "recommendations"), "mhalloran")


def test_a_discourse_reply_marks_whom_it_answers_with_their_name_alone_over_its_text() -> None:
    def last_comment(poster: str, mark: str) -> Comment:
        reply = f"{poster}\nFeb '23\n{mark}\nThank you. Did the exec see the table itself?\n2\nReply\n"
        return clean(source(DISCOURSE.format(article=ARTICLE) + reply)).comments[-1]

    text = ("Thank you. Did the exec see the table itself?",)
    assert (last_comment("mhalloran", "tdawlish").paragraphs) == text  # an earlier reply's poster
    assert (last_comment("tdawlish", "mhalloran").paragraphs) == text  # the opening post's
    doc = clean(source(DISCOURSE.format(article=ARTICLE) + "mhalloran\nFeb '23\ntdawlish\nThanks.\n"))
    assert {m.text: m.field for m in doc.metadata}["tdawlish"] == "reply to"
    # A word nobody in the thread has posted under is the reply's text.
    assert last_comment("mhalloran", "Agreed").paragraphs == ("Agreed", *text)


def test_a_comments_subject_that_a_reply_quotes_is_its_subject_not_its_text() -> None:
    thread = "(Anonymous)\n2011-05-12 07:55 am (UTC)\nno more rules, please\n"
    thread += "Manager here, lurking. I agree about taking rules away.\n(Reply) (Thread) (Link)\n"
    thread += "grey_heron_notes\n2011-05-12 06:20 pm (UTC)\nRe: no more rules, please\n"
    thread += "Which is exactly why it has to come from above the manager.\n(Reply) (Parent) (Thread) (Link)\n"
    doc = thread_doc(thread)
    assert [c.paragraphs[0] for c in doc.comments[:1]] == ["Manager here, lurking. I agree about taking rules away."]
    # Without the reply's "Re:", the first words are the comment's own.
    doc = thread_doc(thread.replace("Re: no more rules, please\n", ""))
    assert doc.comments[0].paragraphs[0] == "no more rules, please"


def test_tumblrs_heading_over_its_notes_is_furniture_a_notes_heading_over_writing_is_not() -> None:
    page = "Scrutiny Desk\nWhat the Jay report asked of councillors\nPosted by scrutinydesk\n" + ARTICLE
    doc = clean(source(page + "\nNotes\nmoorlandmouse liked this\nsheafside liked this\n"))
    assert {r.text: r.reason for r in doc.removed}["Notes"] == "share or follow widget"
    doc = clean(source(page + "\nNotes\n1. The report was published on 26 August 2014, after a year's work.\n"))
    assert "Notes" in [p.text for p in doc.body]


WIX = """Skip to Main Content
The Ashby Lane Project
Support for young people in South Yorkshire
Home
About Us
What We Do
Get Support
Blog
Use tab to navigate through the menu items.
Log In
All Posts
News
Events
Writer's picture
Natasha Greaves
27 Aug 2014
4 min read
Updated: 28 Aug 2014
After the Jay report: what we want Rotherham to hear
{article}
146 views
3 comments
Post not marked as liked
Recent Posts
See All
Our summer fun day 2014: thank you!
38 views
0 comments
Post not marked as liked
Comments
Write a comment...
Lorraine Beckett
27 Aug 2014
Beautifully put. My daughter was one of the girls you helped and I thank you.
Like
Reply
"""


def test_a_wix_post_under_its_writer_and_read_time_and_its_thread_under_recent_posts() -> None:
    doc = clean(source(WIX.format(article=ARTICLE)))
    assert (doc.title, doc.author, doc.date) == (
        "After the Jay report: what we want Rotherham to hear",
        "Natasha Greaves",
        "2014-08-27",
    )
    assert doc.site == "The Ashby Lane Project"
    assert [(c.author, c.date) for c in doc.comments] == [("Lorraine Beckett", "2014-08-27")]
    removed = {r.text for r in doc.removed}
    assert {
        "Use tab to navigate through the menu items.",
        "What We Do",
        "Writer's picture",
        "Write a comment...",
    } <= removed
    assert {"Our summer fun day 2014: thank you!", "Post not marked as liked", "See All"} <= removed


def test_a_few_words_in_a_column_of_menu_words_are_no_headline() -> None:
    lines = split_lines("Gazette\nHome\nWhat We Do\nBlog\n27 Aug 2014\n" + ARTICLE)
    assert resolve_header(lines, [0, 2], [4], []).title is None
    lines = split_lines("Gazette\nWhat the review found\n27 Aug 2014\n" + ARTICLE)
    assert resolve_header(lines, [0, 1], [2], []).title == 1


def test_the_heading_of_a_list_of_other_posts_ends_the_thread() -> None:
    """Medium prints "More from …" under the responses, each post with its writer and date as a comment's head."""
    thread = "Responses (1)\nGraham Tate\nJul 15, 2022\nThank you for writing this, it is the truth.\nReply\n"
    more = "More from Ruth Okafor and Northern Threads\nThe towns that lost their buses\nRuth Okafor\nMar 3, 2022\n"
    more += "Why nobody reads the serious case review\nSee all from Ruth Okafor\n"
    foot = (
        "Written by Ruth Okafor\n389 Followers\n·\n61 Following\nFormer youth worker who writes about care.\nFollow\n"
    )
    doc = clean(
        source(
            f"A headline for the list test\nBy Ruth Okafor\n{ARTICLE}\nLast published Jul 3, 2022\n{foot}{thread}{more}"
        )
    )
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Graham Tate", ("Thank you for writing this, it is the truth.",))
    ]
    assert doc.body[-1].text == ARTICLE.splitlines()[-1]
    reasons = {r.text: r.reason for r in doc.removed}
    assert (
        reasons["61 Following"] == "share or follow widget"
        and reasons["Last published Jul 3, 2022"] == "share or follow widget"
    )
    assert "Former youth worker who writes about care." in reasons


def test_a_journal_under_its_hosts_bar_is_the_site_and_its_post_the_title() -> None:
    """The host's name opens every journal it hosts; the journal's own name, after the bar, is the site."""
    bar = "Quillhouse\nFind more\nCommunities\nShop\nHelp\nLog in\n{create}\nJoin\nEnglish (en)\n"
    post = (
        "Salt and Slate\nRecent Entries\nArchive\nFriends\nProfile\nPrevious Entry | Next Entry\n"
        "Aug. 29th, 2014 at 10:41 pm\nRotherham, and being fourteen\nslatewriter wrote,\n"
        + ARTICLE
        + "\nSalt and Slate\nPowered by Quillhouse\n"
    )
    for create in ("Create journal", "CREATE BLOG", "Join free"):
        doc = clean(source(bar.format(create=create) + post))
        assert (doc.site, doc.title, doc.author) == ("Salt and Slate", "Rotherham, and being fourteen", "slatewriter")
        assert {"Quillhouse", "Join", "English (en)"} <= {r.text for r in doc.removed}
    # Without a host's invitation to open a journal, the first line is the site's name as ever.
    doc = clean(source(bar.format(create="Contact") + post))
    assert doc.site == "Quillhouse"


def test_a_headline_set_apart_below_the_byline_wins_over_the_journal_name_above_it() -> None:
    lines = split_lines("Jo's journal of small things\nJo wrote,\n2008-11-12 22:41:00\nThe day the news came\n")
    found = resolve_header(lines, [0, 3], [1, 2], [], last=3)
    assert found.title == 3


def test_a_line_directly_under_the_byline_is_the_desk_not_the_headline() -> None:
    text = "NBN News\nLocal News\nChildren blamed as agencies looked away\n"
    text += "By Priya Wetherall\nNBN News, West Midlands\n"
    found = resolve_header(split_lines(text), [0, 1, 2, 4], [3], [], last=4)
    assert found.title == 2


# --- whole documents ----------------------------------------------------------------------

WORDPRESS = """\
My Little Blog

A post about the report

05 Thursday Feb 2015

POSTED BY JO IN NEWS

This is the first paragraph of the article and it goes on for a good while to be prose.

This is the second paragraph, which also says something about the report in some detail.

2 thoughts on “A post about the report”

1. *said:***Sam**

February 5, 2015 at 11:20 am

Great post, ring me on 07700 900123.

REPLY

- *said:***jo@example.org**

February 5, 2015 at 11:33 am

Thanks Sam.

REPLY

Leave a Reply
"""


def test_a_wordpress_page_becomes_a_structured_document() -> None:
    doc = clean(source(WORDPRESS))
    assert (doc.title, doc.site, doc.author, doc.date) == (
        "A post about the report",
        "My Little Blog",
        "Jo",
        "2015-02-05",
    )
    assert doc.categories == ("News",)
    assert [b.text[:20] for b in doc.body] == ["This is the first pa", "This is the second p"]
    (comment,) = doc.comments
    assert (comment.id, comment.author, comment.paragraphs) == (
        "c1",
        "Sam",
        ("Great post, ring me on [phone removed].",),
    )
    (reply,) = comment.replies
    assert (reply.id, reply.author, reply.paragraphs) == ("c1-1", "(name withheld)", ("Thanks Sam.",))
    assert doc.redactions.phone == 1
    assert Counter(r.reason for r in doc.removed) == {"reply or vote button": 2, "comment form": 1}


def test_furniture_is_redacted_but_only_the_writings_personal_data_is_counted() -> None:
    page = (
        "A post about the report\n"
        "This is the first paragraph of the post, and you can write to me at jo@example.org about it.\n"
        "This is the second paragraph of the post, long enough to be read as the writing.\n"
        "© 2015 Example Council | press@example.org | 01632 960000\n"
    )
    doc = clean(source(page))
    (footer,) = [r for r in doc.removed if "Example Council" in r.text]
    assert "press@example.org" not in footer.text and "960000" not in footer.text
    assert (doc.redactions.email, doc.redactions.phone) == (1, 0)


ARTICLE = "\n".join(f"Paragraph {n} of the article says something at sentence length here." for n in range(1, 5))


def thread_doc(thread: str) -> Document:
    """A short article under a headline, with ``thread`` below it: how the thread tests read a layout."""
    return clean(source(f"A headline for the thread test\n{ARTICLE}\n{thread}"))


def test_a_video_page_its_channel_date_description_and_the_players_chrome() -> None:
    # The channel over its subscribers made the video; the views line dates it and holds its
    # hashtags; the description is the text, its own chapter list included, while the carousel
    # repeating the chapters, "...more", the player's clock and the transcript box are chrome.
    # A comment's age may say it was edited.
    chapters = "00:00 Who the report is for\n03:12 What changes for councils\n07:40 What happens next"
    page = (
        "Reelhouse\nSearch\n04:11 / 09:58\nThe Casey report explained in ten minutes\nCivic Explainers\n"
        "52.3K subscribers\nSubscribe\n1.4K\nShare\n12,480 views  4 Feb 2015  #Rotherham #casey\n"
        f"{ARTICLE}\nChapters\n{chapters}\n...more\nChapters\nView all\nWho the report is for\n0:00\n"
        "What changes for councils\n3:12\nWhat happens next\n7:40\nTranscript\n"
        "Follow along using the transcript.\nShow transcript\nShow less\n\n3 Comments\nSort by\n"
        "@moorside_sw\n2 years ago (edited)\nClear and fair. The part on commissioners was new to me.\n12\nReply\n"
        "@civicexplainers\n2 years ago\nThanks, we will do a follow-up on the commissioners.\n4\nReply\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "The Casey report explained in ten minutes",
        "Civic Explainers",
        "2015-02-04",
    )
    assert doc.tags == ("Rotherham", "casey")
    assert [b.text for b in doc.body] == [*ARTICLE.split("\n"), "Chapters", *chapters.split("\n")]
    assert [(c.author, c.paragraphs[0][:10]) for c in doc.comments] == [
        ("@moorside_sw", "Clear and "),
        ("@civicexplainers", "Thanks, we"),
    ]
    chrome = ["04:11 / 09:58", "...more", "View all", "0:00", "Transcript", "Show transcript", "Show less"]
    removed = {r.text for r in doc.removed}
    assert removed >= set(chrome) and "Who the report is for" in removed


def test_a_neighbourhood_post_names_the_poster_over_the_place_and_time() -> None:
    # Nextdoor prints each poster over their neighbourhood and the post's age; the place is no
    # name, and a topic's flair stands over the post's headline.
    page = (
        "Streetwise\nHome\nGroups\nPost\n\nDevi M.\nHollin Park · 12 Mar\nGeneral\n"
        "Drop-in session on the inspection report this Saturday\n"
        f"{ARTICLE}\nLike\nReply\n3 comments\n\n"
        "Owen T.\nCarr Lane · 12 Mar\nWill there be anyone from the council there?\nLike\nReply\n\n"
        "Beth S.\nHollin Park Road · 2d\nI went to the last one and found it useful.\nLike\nReply\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.categories) == (
        "Drop-in session on the inspection report this Saturday",
        "Devi M.",
        ("General",),
    )
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [c.author for c in doc.comments] == ["Owen T.", "Beth S."]
    assert doc.comments[1].paragraphs == ("I went to the last one and found it useful.",)
    # A short headline over a question is no flair over a headline: the question is the text.
    question = "Has anyone seen a grey cat near the park this morning, she answers to Pip?"
    lost = clean(source(f"Jane Smith\n12 March 2015\nMissing Cat\n{question}\n{ARTICLE}\n"))
    assert (lost.title, lost.categories, lost.body[0].text) == ("Missing Cat", (), question)


@pytest.mark.parametrize(
    "page",
    [
        # Classic Blogger: the date header over the title, the writer signed under the post.
        f"Field Notes\nTuesday, March 2, 2004\nAfter the inquiry: a year of action plans\n{ARTICLE}\n"
        "Posted by ros at 10:42 PM\n",
        f"Field Notes\nMarch 2nd, 2004\nAfter the inquiry: a year of action plans\nPosted by ros\n{ARTICLE}\n",
    ],
)
def test_a_sites_name_over_the_posts_date_is_no_writer_where_a_byline_names_one(page: str) -> None:
    doc = clean(source(page))
    assert (doc.site, doc.title, doc.author, doc.date) == (
        "Field Notes",
        "After the inquiry: a year of action plans",
        "ros",
        "2004-03-02",
    )
    assert [b.text for b in doc.body] == ARTICLE.split("\n")


def test_notices_a_forum_or_a_mailing_prints_are_furniture() -> None:
    prompt = "To save you time, you can watch threads and get notified of replies. Log in or sign up."
    assert furniture_reason(prompt, prose=True) == "comment form"
    assert furniture_reason("0 Members and 3 Guests are viewing this topic.", prose=True) == "site footer"
    assert furniture_reason("Welcome, Guest. Please login or register.", prose=True) == "comment form"
    # So are a paper's comment widget's messages, printed with its form.
    widget = "Sorry, there seem to be some issues. Please try again later."
    assert furniture_reason(widget, prose=True) == furniture_reason("Submitting...") == "comment form"
    for line in ("View this bulletin in your browser", "Forward to a colleague"):
        assert furniture_reason(line) == "share or follow widget", line
    for line in ("Update your preferences", "Unsubscribe", "Members' area login"):
        assert furniture_reason(line) == "subscription prompt", line
    # Writing about logging in is no prompt to.
    for told in (
        "I tried to log in or sign up for weeks, but the site kept failing me and I gave up in the end.",
        "The new portal confused parents, who could not tell whether they were meant to log in or register.",
    ):
        assert furniture_reason(told, prose=True) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Issue date: 2011-05-13", "2011-05-13"),
        ("Date posted: 09 May 2024 | Closing date: 06 June 2024", "2024-05-09"),
        ("Publication date: 4 March 2015", "2015-03-04"),
        ("Date of issue: 5 May 2011", "2011-05-05"),
        ("Date published: 12/03/2015", "2015-03-12"),
    ],
)
def test_a_date_under_a_label_of_its_own_is_the_pages(line: str, iso: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.date == iso


def test_a_tag_list_closes_the_article_and_a_menu_under_the_tagline_does_not() -> None:
    tagged = clean(source(f"A headline for the post\n{ARTICLE}\nTopics\nRotherham\nSocial care\nReuse this content\n"))
    assert tagged.tags == ("Rotherham", "Social care")
    assert "Topics" not in [b.text for b in tagged.body]
    menu = "Small hours casework\nnotes from a student, every case detail changed beyond recognition.\nArchive\nAsk me"
    untagged = clean(source(f"{menu}\nSearch\nThe headline\n{ARTICLE}\n"))
    assert untagged.tags == ()
    # Medium puts its clap counter between the text and the tags, and "4 min read · date"
    # under the author's other stories is no comment.
    more = "Written by Ruth Amadi\nMore from Ruth Amadi\nAnother essay\n4 min read·Nov 2, 2022\nHelp\n"
    medium = clean(source(f"A headline for the post\n{ARTICLE}\n--\n3\nChild Protection\nUK\n{more}"))
    assert (medium.tags, medium.comments) == (("Child Protection", "UK"), ())


def test_a_tag_lists_categories_labels_and_controls_are_no_tags() -> None:
    # A theme lists the post's category under its own heading among the tags ("Posted in" /
    # "News" / "Tags" / …); "More On" heads a paper's tags as "Topics" does.
    posted = clean(source(f"A headline for the post\n{ARTICLE}\nPosted in\nNews\nTags\nTelford\nChild safety\nShare\n"))
    assert (posted.categories, posted.tags) == (("News",), ("Telford", "Child safety"))
    more = clean(source(f"A headline for the post\n{ARTICLE}\nMore On\nRochdale\nChild abuse\nShare\n"))
    assert more.tags == ("Rochdale", "Child abuse")
    # Tumblr dates the post under its tags; a list of controls, or a short sentence and a time,
    # are not tags.
    dated = clean(source(f"A headline for the post\n{ARTICLE}\n#rotherham\n#long post\n8/27/2014\n"))
    assert dated.tags == ("rotherham", "long post")
    for rows in (
        "Reply all\nReply to author\nForward",
        "View\nDownload",
        "Mr Harold Venn\nI will.",
        "10.58 am\nNoted.",
    ):
        assert clean(source(f"A headline for the post\n{ARTICLE}\n{rows}\nShare\n")).tags == (), rows


def test_what_the_twenty_sixth_rounds_pages_print_around_their_articles() -> None:
    # WordPress's "Post navigation" over the titles of the posts before and after; a tag line
    # without its colon.
    nav = "Tags scrutiny, corporate parenting\nPost navigation\nBudget scrutiny: the questions\nA job, not a title"
    post = clean(source(f"A headline for the post\n{ARTICLE}\n{nav}\n2 thoughts on “A headline for the post”\n"))
    assert (post.body[-1].text, post.tags) == (ARTICLE.split("\n")[-1], ("scrutiny", "corporate parenting"))
    assert not post.comments
    # A paper's newsletter box and messenger offer, and a "Most read" entry over its comments.
    box = (
        "Sign up to our free newsletter\nEnter your email\nWe use your sign-up to provide content in ways you’ve "
        "consented to and to improve our understanding of you.\nWe have more newsletters\nShow me"
    )
    more = "Like us on Facebook\nGet the latest news sent straight to your messenger\nWhatsApp\n"
    more += "Most Read\n1\nHeatwave\n2\nA pensioner's party"
    comment = "ShropshireLass71\n3 yrs ago\nTook far too long but at least it is out there now for all of us.\nReply"
    rest = ARTICLE.replace("Paragraph", "Section")
    paper = clean(source(f"A headline for the post\n{ARTICLE}\n{box}\n{rest}\n{more}\nReaders' comments\n{comment}\n"))
    assert [b.text for b in paper.body] == ARTICLE.split("\n") + rest.split("\n")
    assert [c.author for c in paper.comments] == ["ShropshireLass71"]


def test_a_sentence_under_a_link_to_another_story_goes_on_with_the_article_above_the_comments() -> None:
    # Between a "READ MORE:" link and the comment count it would be a widget's blurb, but the
    # link stands inside articles, as an advert does.
    last = "The Gazette will be reporting from tomorrow's council meeting."
    thread = "Comments (6)\nIronbridge_Pete\n9:38am Wed 13 Jul 22\nCredit where it is due to the council.\n"
    page = f"A headline for the post\n{ARTICLE}\nREAD MORE: Full list of road closures\n{last}\n{thread}"
    doc = clean(source(page))
    assert [b.text for b in doc.body] == [*ARTICLE.split("\n"), last]
    assert [c.author for c in doc.comments] == ["Ironbridge_Pete"]


def test_a_most_read_lists_last_entry_and_the_widgets_heading_over_the_comments_are_no_text() -> None:
    # OpenWeb heads its thread "Conversation" over the count; the list's last headline stands
    # between its number and that heading, no longer between two lines of chrome.
    more = "Most Read\n1\nHeatwave warning extended\n2\nCouncil leader under pressure after inquiry\n\nConversation"
    comment = "R_Pendleton\n10 years ago\nWorked in a school in the town at the time.\nReply"
    paper = clean(source(f"A headline for the post\n{ARTICLE}\n{more}\n38 Comments\n{comment}\n"))
    assert [b.text for b in paper.body] == ARTICLE.split("\n")
    fields = {m.text: m.field for m in paper.metadata}
    assert fields["Conversation"] == fields["38 Comments"] == "comment header"
    assert {r.text: r.reason for r in paper.removed}["Council leader under pressure after inquiry"] == "page footer"
    assert [c.author for c in paper.comments] == ["R_Pendleton"]


def test_a_comment_stamp_without_its_year_takes_the_articles() -> None:
    # Substack prints this year's dates without the year: the name over "Dec 30" heads a comment,
    # and "Jan 3" under a post of 28 December is the next year's.
    thread = "".join(
        f"{name}\n{day}\n{name} wrote this comment.\nReply\nShare\n"
        for name, day in (("Pete Hallam", "Dec 30"), ("Ann Marsh", "3 January at 09:14"))
    )
    head = "A headline for the post\nRuth Ellery\n"
    dated = clean(source(f"{head}Dec 28, 2022\n{ARTICLE}\nDiscussion about this post\n{thread}"))
    assert [(c.author, c.date, c.paragraphs) for c in dated.comments] == [
        ("Pete Hallam", "2022-12-30", ("Pete Hallam wrote this comment.",)),
        ("Ann Marsh", "2023-01-03", ("Ann Marsh wrote this comment.",)),
    ]
    # Without the article's date, the comments' are unknown too.
    undated = clean(source(f"{head}{ARTICLE}\nDiscussion about this post\n{thread}"))
    assert [(c.author, c.date) for c in undated.comments] == [("Pete Hallam", None), ("Ann Marsh", None)]


def test_new_reddits_post_and_thread() -> None:
    # The headline under the byline with its flair under it; each comment's depth printed over its
    # head ("level 2"), a badge between name and age, and an "Edited 9 yr. ago" stamp over the text.
    post = "r/NorthernPolicyTalk\nPosted by u/quietmoorland 9 years ago\nHas anything changed since then?\nDiscussion\n"

    def comment(level: int, *head: str, text: str) -> str:
        return "\n".join((f"level {level}", *head, text, "12", "Reply", "Share", "Report", "Save")) + "\n"

    thread = (
        comment(1, "AutoModerator", "MOD", "· 9 yr. ago", "Stickied comment", text="Please keep to policy here.")
        + comment(1, "mapleandmortar", "· 9 yr. ago", "Edited 9 yr. ago", text="Social worker, eleven years in now.")
        + comment(2, "quietmoorland", "OP", "· 9 yr. ago", text="That is sort of what I suspected.")
        + "Continue this thread\n"
    )
    doc = clean(source(f"{post}{ARTICLE}\nSort by: best\n{thread}"))
    assert (doc.title, doc.author, doc.body[0].text) == (
        "Has anything changed since then?",
        "quietmoorland",
        ARTICLE.split("\n")[0],
    )
    assert [(c.author, c.paragraphs, [r.author for r in c.replies]) for c in doc.comments] == [
        ("AutoModerator", ("Please keep to policy here.",), []),
        ("mapleandmortar", ("Social worker, eleven years in now.",), ["quietmoorland"]),
    ]
    assert {"Discussion", "Stickied comment", "Continue this thread"} <= {r.text for r in doc.removed}


def test_what_the_twenty_sixth_rounds_review_found() -> None:
    head = "A headline for the post\nBy Ruth Ellery\n12 March 2021\n"
    # Tags that start like a control, an abbreviation's full stop, a sign-off between the text and
    # the tags; and a letter's sign-off over its date, which is no list of tags.
    for tags in (["SEND", "Sign language", "Forward planning"], ["U.S.", "Foster care"]):
        doc = clean(source(head + ARTICLE + "\nThanks for reading.\nTags\n" + "\n".join(tags) + "\nShare this:\n"))
        assert list(doc.tags) == tags
    # So is the writer's first name signing the text off over the tags' heading.
    doc = clean(source(head + ARTICLE + "\nRuth\nTags:\nRotherham\nScrutiny\nShare this:\n"))
    assert (doc.tags, doc.body[-1].text) == (("Rotherham", "Scrutiny"), "Ruth")
    letter = "Yours sincerely\nMrs J. Halloran\nHeadteacher\n14 March 2019\n© Brookfield Primary School\n"
    assert clean(source(head + ARTICLE + "\n" + letter)).tags == ()
    # A "/" row is a byline by its "by NAME" or its sections: a headline may hold a "/" and a date.
    doc = clean(source(f"Jo Whitlam\nDigital, councils and cycling\nHome\nTalks\nWeeknotes / 14 March 2021\n{ARTICLE}"))
    assert doc.title == "Weeknotes / 14 March 2021"
    doc = clean(source(f"The Chronicle\nA headline for the post\nNews / Health / 9 May 2022\nBy Tom Hart\n{ARTICLE}"))
    assert (doc.title, doc.date, doc.author) == ("A headline for the post", "2022-05-09", "Tom Hart")
    # A label without its colon is a list only under the article: not a headline, nor a sub-heading.
    doc = clean(source(f"Categories Of Abuse Explained\nBy Helen Brook\n2 June 2020\n{ARTICLE}"))
    assert (doc.title, doc.categories) == ("Categories Of Abuse Explained", ())
    rest = ARTICLE.replace("Paragraph", "Section")
    doc = clean(source(f"{head}{ARTICLE}\nTags fitted late, removed or tampered with\n{rest}"))
    assert doc.tags == () and "Tags fitted late, removed or tampered with" in [b.text for b in doc.body]
    # "Post navigation" over one neighbour's title, then the comments' header.
    thread = "Post navigation\nSpring work party this Saturday\nComments\nGill Arkwright\nLovely, thank you both!\n"
    doc = clean(source(head + ARTICLE + "\n" + thread))
    assert [m.text for m in doc.metadata if m.field == "comment header"] == ["Comments"]
    # A desk's byline has no name before its job.
    assert clean(source(f"A headline for the post\nBy Our Special Correspondent\n{ARTICLE}")).author == (
        "Our Special Correspondent"
    )
    # A sign-off under an advert, over the comments, closes the article.
    thread = "6 thoughts on “A headline for the post”\nSam Okoro\n1 July 2019 at 09:12\nGood luck.\n"
    doc = clean(source(f"{head}{ARTICLE}\nAdvertisement\nSee you on the other side\n{thread}"))
    assert doc.body[-1].text == "See you on the other side"
    # Members' comments without their count are a heading in a council's minutes.
    minutes = "Members' comments\nCouncillor Beck said the extension was in keeping with the street and the area."
    doc = clean(source(f"{head}{ARTICLE}\n{minutes}\nResolved: no objection, subject to conditions set out.\n"))
    assert not doc.comments and "Members' comments" in [b.text for b in doc.body]


def test_a_news_portals_syndicated_story() -> None:
    # Its cookie notice opens with its owner's sentence; a box of the story's subjects; a button in
    # the story and one under it; its comments under "Reactions".
    notice = "Skyline is part of the Skyline family of brands. We and our partners use cookies on our sites."
    head = (
        f"{notice}\nAccept all\nA headline for the post\nNorthline Gazette\nHannah Reeve\nMon, 22 May 2023 at 4:12 pm\n"
    )
    rest = ARTICLE.replace("Paragraph", "Section")
    said = (
        ("Gwen", "A consultation on the consultation. The duty is welcome but the authority was the important bit."),
        ("Malcolm H", "I hope the sanctions end up professional rather than criminal, for everyone's sake."),
        ("ThistleDown", "The inspectorates have had years to take on a stronger role. What changes now?"),
    )
    thread = "Reactions\nSign in to post a message.\nSort by\nPopular\n" + "".join(
        f"{name}\n2d\n{text}\nReply\n14\n3\n" for name, text in said
    )
    doc = clean(
        source(f"{head}In this article:\nHome Office\n{ARTICLE}\nStory continues\n{rest}\nView comments\n{thread}")
    )
    assert (doc.title, doc.author, doc.date) == ("A headline for the post", "Hannah Reeve", "2023-05-22")
    assert [b.text for b in doc.body] == ARTICLE.split("\n") + rest.split("\n")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [(name, (text,)) for name, text in said]
    removed = {r.text for r in doc.removed}
    assert {notice, "In this article:", "Story continues", "View comments", "Sort by", "Popular"} <= removed


def test_a_vanilla_forums_posts_are_headed_by_name_rank_and_count() -> None:
    # Vanilla's head: the name, "Forum Member" with its stars, the count of posts, the date.
    said = (("Ravensbourne", "✭✭"), ("Cal_Weston", "✭✭✭✭"), ("northern_lass", "✭✭✭"))
    posts = "".join(
        f"{name}\nForum Member {stars}\nPosts: 98{n}\nNovember 13, 2008 10:0{n}PM\n{name} wrote this post.\nQuote\n"
        for n, (name, stars) in enumerate(said)
    )
    thread = f"A headline for the thread test\n{ARTICLE}\nQuote\n{posts}Sign In or Register to comment.\n"
    doc = clean(source(thread))
    assert [(c.author, c.date) for c in doc.comments] == [(name, "2008-11-13") for name, _ in said]
    assert {"Forum Member ✭✭", "Sign In or Register to comment."} <= {r.text for r in doc.removed}


def test_a_comments_link_with_its_count_under_the_byline_starts_no_thread() -> None:
    # A live blog's tools under its byline and standfirst ("Comments" / "3" / "Share") jump to the
    # comments under all of its updates: the page of the twenty-seventh set that showed it.
    page = Path(__file__).parent / "fixtures" / "clean" / "heldout27" / "03-liveblog-telford.txt"
    doc = clean(source(page.read_text(encoding="utf-8")))
    assert [c.author for c in doc.comments] == ["DawleyDave", "Wellington_Mum", "OldOakengates"]
    assert "Council leader apologises and accepts recommendations" in [b.text for b in doc.body]


def test_a_short_line_between_widgets_after_the_article_is_furniture() -> None:
    blurb = "Hear about our work, our campaigns and how you can help."
    doc = clean(source(f"A headline for the post\n{ARTICLE}\nSign up to our newsletter\n{blurb}\nEmail\n"))
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert [r.text for r in doc.removed if r.reason == "page footer"] == [blurb]
    # Two labels of a form together between its chrome go too (wpDiscuz's "guest" / "Label").
    form = "Subscribe\nLogin\nNotify of\nnew replies to my comments\nguest\nLabel\n{}\n[+]\nName*\n"
    thread = "Post Comment\n2 Comments\nDerek Haworth\n8 years ago\nA comment long enough to be read as one.\nReply\n"
    thread += "Sheila Brannigan\n8 years ago\nAnother comment long enough to be read as one.\nReply\n"
    doc = clean(source(f"A headline for the post\n{ARTICLE}\nView all posts by Jo Hale\n{form}{thread}"))
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert {"guest", "Label", "View all posts by Jo Hale"} <= {r.text for r in doc.removed}


def test_bylines_after_the_article_head_its_comments() -> None:
    # Drupal heads each comment as it heads the post; one "Submitted by" after the text would
    # be the post's own footer, several are a thread.
    said = {"Lorraine H": "Thank you for this, I was a youth worker there in 2009.", "P. Chadderton": "Good post."}
    thread = "\n".join(
        f"Submitted by {name} (not verified) on {day}, 0{n}/09/2014 - 16:05\nPermalink\n{text}\n"
        "Log in or register to post comments"
        for (n, (name, text)), day in zip(enumerate(said.items(), 3), ("Wed", "Thu"), strict=True)
    )
    doc = clean(
        source(f"A headline for the post\n{ARTICLE}\nLog in or register to post comments\nComments\n{thread}\n")
    )
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Lorraine H", "2014-09-03", (said["Lorraine H"],)),
        ("P. Chadderton", "2014-09-04", (said["P. Chadderton"],)),
    ]


def test_name_said_over_a_date_heads_a_comment_and_a_quotation_is_not_one() -> None:
    quoted = "The inspector said:\nThe council was not fit for purpose, in plain words and at length here."
    thread = "2 thoughts on “A headline for the post”\n" + "".join(
        f"{name} said:\nFebruary {n}, 2015 at 11:20 am\n{name} wrote this comment.\nReply\n"
        for n, name in ((5, "northernmum74"), (6, "Pete Yardley"))
    )
    doc = clean(source(f"A headline for the post\n{ARTICLE}\n{quoted}\n{thread}"))
    assert "The inspector said:" in [b.text for b in doc.body]
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("northernmum74", "2015-02-05", ("northernmum74 wrote this comment.",)),
        ("Pete Yardley", "2015-02-06", ("Pete Yardley wrote this comment.",)),
    ]


QUOTED = "Girls did tell professionals, again and again, and they were not believed at the time."


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("ann_lee said:", "ann_lee"),  # XenForo
        ("ann_lee wrote: ↑Tue Mar 03, 2015 10:05 am", "ann_lee"),  # phpBB
        ("Quote:\nOriginally Posted by ann_lee", "ann_lee"),  # vBulletin
        ("Quote:\nann_lee Wrote: (03-03-2015, 10:05 AM)", "ann_lee"),  # MyBB
        ("Quote from: ann_lee on December 12, 2013, 08:41:17 PM", "ann_lee"),  # Simple Machines
        ("ann_lee:", "ann_lee"),  # Discourse, where ann_lee posted above
    ],
)
def test_a_post_quoting_an_earlier_one_keeps_the_quotation_apart(header: str, author: str) -> None:
    posts = f"ann_lee\n3 March 2015\n{QUOTED}\nReply\nbo_kent\n4 March 2015\n{header}\n{QUOTED}\nThat is it for me.\n"
    doc = clean(source(f"A headline for the post\n{ARTICLE}\n5 Comments\n{posts}"))
    ann, bo = doc.comments
    assert ann.quote is None and ann.paragraphs == (QUOTED,)
    assert bo.quote is not None and (bo.quote.author, bo.quote.paragraphs) == (author, (QUOTED,))
    assert bo.paragraphs == ("That is it for me.",)
    assert {m.text: m.field for m in doc.metadata}[header.split("\n")[-1]] == "quote header"


def test_words_under_a_quote_header_that_repeat_nothing_above_are_the_posts_own() -> None:
    # "My mum said:" opens a sentence; what follows quotes nothing printed on the page.
    posts = "bo_kent\n4 March 2015\nMy mum said:\nNobody listened to us then.\nThat is it for me.\n"
    doc = clean(source(f"A headline for the post\n{ARTICLE}\n5 Comments\n{posts}"))
    (bo,) = doc.comments
    assert bo.quote is None and bo.paragraphs[0] == "My mum said:"


def _smf_post(name: str, rank: str, subject: str, number: int, when: str, text: str) -> str:
    reply = f"Reply #{number} on" if number else "on"
    return f"{name}\n{rank}\n***\nOffline\n\nPosts: 41\n\n{subject}\n« {reply}: {when} »\nQuote\n{text}\nLogged\n"


def test_a_simple_machines_thread_reads_each_post_past_its_panel_and_subject() -> None:
    # Each post: the poster's name, panel (rank, stars, status, count), subject, then date.
    subject = "Has anyone read the review yet"
    page = (
        "Our Town Forum\nNews: Please read the board rules before posting.\nHome\nPages: [1]   Go Down\n"
        f"Author Topic: {subject}  (Read 1,412 times)\n"
        + _smf_post("Ginnel_Walker", "Full Member", subject, 0, "December 12, 2013, 08:41:17 PM", ARTICLE)
        + _smf_post("MrsK_Wath", "Jr. Member", f"Re: {subject}", 1, "December 13, 2013, 09:10:03 AM", "Yes, I have.")
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (subject, "Ginnel_Walker", "2013-12-12")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [("MrsK_Wath", "2013-12-13", ("Yes, I have.",))]
    reasons = {r.text: r.reason for r in doc.removed}
    assert {reasons[t] for t in ("Jr. Member", "***", "Offline", "Posts: 41")} == {"poster profile"}
    assert {reasons[t] for t in ("Logged", "Pages: [1]   Go Down")} == {"reply or vote button", "navigation"}
    assert reasons["News: Please read the board rules before posting."] == "forum header"


def test_a_forums_clock_over_the_opening_post_is_not_its_date_and_a_repeated_signature_is_furniture() -> None:
    # Simple Machines prints the time of the visit under its login prompt; each post closes on its
    # poster's signature, so the same line ends every post by one writer.
    subject = "Has anyone read the review yet"
    signature = "Fostering since 2003. Views my own."
    page = (
        "Our Town Forum\nWelcome, Guest. Please login or register.\n21 December 2012, 09:12:40\n"
        f"Author Topic: {subject}  (Read 1,412 times)\n"
        + _smf_post("Bev", "Hero Member", subject, 0, "20 December 2012, 19:47:12", f"{ARTICLE}\n\n{signature}")
        + _smf_post("Tom", "Jr. Member", f"Re: {subject}", 1, "20 December 2012, 20:02:41", "Yes, I have.")
        + _smf_post("Bev", "Hero Member", f"Re: {subject}", 2, "20 December 2012, 20:55:40", f"Good.\n{signature}")
    )
    doc = clean(source(page))
    assert doc.date == "2012-12-20"
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("Tom", ("Yes, I have.",)), ("Bev", ("Good.",))]
    assert [r.reason for r in doc.removed if r.text == signature] == ["signature", "signature"]


def test_a_closing_line_is_no_signature_unless_one_writer_closes_two_posts_with_it() -> None:
    closing = "Thanks for reading."
    page = (
        "Our Town Forum\nAuthor Topic: The review  (Read 12 times)\n"
        + _smf_post("Bev", "Hero Member", "The review", 0, "20 December 2012, 19:47:12", f"{ARTICLE}\n{closing}")
        + _smf_post("Tom", "Jr. Member", "Re: The review", 1, "20 December 2012, 20:02:41", f"Yes.\n{closing}")
        + _smf_post("Bev", "Hero Member", "Re: The review", 2, "20 December 2012, 20:55:40", closing)
    )
    doc = clean(source(page))
    assert doc.body[-1].text == closing
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("Tom", ("Yes.", closing)), ("Bev", (closing,))]


def test_simple_machines_heads_a_post_by_one_word_over_any_rank_and_dates_one_today() -> None:
    # Its ranks ("Jr. Member", "Hero Member", "Newbie") under a one-word name, its "Karma: +2/-0",
    # and a reply of this morning: "« Reply #2 on: Today at 08:14:03 »", a time but no date.
    def post(name: str, rank: str, number: int, when: str, text: str) -> str:
        head = f"{name}\n{rank}\nPosts: 57\nKarma: +2/-0\nRe: The subject\n« Reply #{number} on: {when} »"
        return f"{head}\nQuote\n{text}\n\n"

    thread = post("Ravensworth", "Jr. Member", 1, "20 December 2012, 20:31:09", "Agree with all of that.")
    thread += post("Hollins", "Newbie", 2, "Today at 08:14:03", "Welcome to the forum.")
    doc = thread_doc(thread)
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Ravensworth", "2012-12-20", ("Agree with all of that.",)),
        ("Hollins", None, ("Welcome to the forum.",)),
    ]


def test_a_slashdot_story_its_department_line_and_each_comments_subject_score_and_head() -> None:
    # Each comment: its subject with the moderators' score, then "by NAME (uid) <address> on DATE
    # (#id)", then the text and the buttons; "Parent" links a reply to the comment above.
    def comment(subject: str, head: str, text: str, parent: bool) -> str:
        buttons = "Parent | Reply to This | Share" if parent else "Reply to This | Share"
        return f"{subject}\n{head}\n{text}\n{buttons}\n\n"

    thread = comment(
        "Forms are the job now (Score:5, Insightful)",
        "by Anonymous Coward on Tuesday May 10, 2011 @06:31PM (#36087112)",
        "The system had mandatory fields for everything.",
        parent=False,
    ) + comment(
        "Re:Forms are the job now (Score:4, Interesting)",
        "by grimwold_k (1184772) on Tuesday May 10, 2011 @06:40PM (#36087220)",
        "The timescales came from national guidance.",
        parent=True,
    )
    fine_print = "The Fine Print: The following comments are owned by whoever posted them. We are not responsible."
    page = (
        "Dashdot\nReview Says Social Workers Spend Too Long Feeding Databases\n\n"
        "Posted by quillfeather on Tuesday May 10, 2011 @06:14PM\nfrom the tick-box-culture dept.\n\n"
        f"{ARTICLE}\n\n187 comments\n{fine_print}\n\n{thread}2 hidden comments\nRelated Links\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "Review Says Social Workers Spend Too Long Feeding Databases",
        "quillfeather",
        "2011-05-10",
    )
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    (top,) = doc.comments
    assert (top.author, top.date, top.paragraphs) == (
        "Anonymous Coward",
        "2011-05-10",
        ("The system had mandatory fields for everything.",),
    )
    assert [(r.author, r.paragraphs) for r in top.replies] == [
        ("grimwold_k", ("The timescales came from national guidance.",))
    ]
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Reply to This | Share"] == reasons["Parent | Reply to This | Share"] == "reply or vote button"
    assert reasons[fine_print] == reasons["2 hidden comments"] == "comment form"
    assert reasons["Related Links"] == "related links heading"
    assert read_byline("From the Treasury Dept.") is None  # a department, not Slashdot's jest
    # The jest on the byline's own line, and the uid printed with spaces inside its brackets.
    doc = clean(
        source(
            page.replace("@06:14PM\nfrom", "@06:14PM from").replace("grimwold_k (1184772)", "grimwold_k ( 1184772 )")
        )
    )
    assert (doc.author, doc.date) == ("quillfeather", "2011-05-10")
    assert [r.author for r in doc.comments[0].replies] == ["grimwold_k"]


def test_a_community_topic_under_its_menu_and_title_again_opens_on_the_first_post() -> None:
    # Khoros: the topic's menu, the title printed again over the opening post; each post's head is
    # the name, a rank of the community's own, a date behind an invisible direction mark, then
    # "Message N of M" and the views; kudos under the text.
    title = "What will the recommendations mean for kinship carers?"
    options = ("Mark Topic as New", "Mark Topic as Read", "Float this Topic for Current User", "Mute")
    menu = "\n".join(("Options", *options, "Printer Friendly Page"))

    def post(name: str, rank: str, when: str, n: int, text: str) -> str:
        return f"{name}\n{rank}\n\u200e{when}\nMessage {n} of 2\n(1,482 Views)\n{text}\n2 Kudos\nReply\n\n"

    page = (
        f"Kinship Carers Community\nForums\n{title}\n{menu}\nSolved!\nGo to Solution.\n{title}\n\n"
        + post("JoBriar", "Regular Contributor", "24-10-2022 09:14 AM", 1, ARTICLE)
        + "All forum topics\nPrevious Topic\nNext Topic\n1 REPLY\n\n"
        + post("GrandadTerry", "Frequent Visitor", "25-10-2022 08:02 PM", 2, "Does a walking group count as a setting?")
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (title, "JoBriar", "2022-10-24")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("GrandadTerry", "2022-10-25", ("Does a walking group count as a setting?",))
    ]
    reasons = {r.text: r.reason for r in doc.removed}
    assert {reasons[t] for t in ("Frequent Visitor", "Regular Contributor")} == {"poster profile"}
    assert {reasons[t] for t in ("Message 2 of 2", "(1,482 Views)", "2 Kudos")} == {"counter"}
    assert {reasons[t] for t in (*options, "Next Topic", "Go to Solution.")} == {"reply or vote button"}
    assert furniture_reason("23 replies · 1,874 views") == "counter"


def test_a_microblogs_replies_date_themselves_under_their_text_and_a_webmention_is_one() -> None:
    # micro.blog: the initials standing in for a picture, the name over the handle made of it,
    # one line of text, then the date; a webmention names the site that mentioned the post.
    thread = (
        "Reply by email\n\nConversation on Minipost\n\n"
        "RC\nRyn Castell\n@ryn\n@tessa This is such a good habit, and I did the same.\nOct 23, 2022 8:14 pm\n\n"
        "MO\nMarcus Obi\n@mobi\n@tessa would love the spreadsheet; anyone who wants mine can write to mo@example.org\n"
        "Oct 23, 2022 9:02 pm\n\n"
        "IV\nImogen Vale\nmentioned this on notes.example.com\nOct 25, 2022\n"
        "Linking to this from my roundup.\n"
    )
    doc = thread_doc(thread)
    assert [(c.author, c.date, c.paragraphs[0][:11]) for c in doc.comments] == [
        ("Ryn Castell", "2022-10-23", "@tessa This"),
        ("Marcus Obi", "2022-10-23", "@tessa woul"),
        ("Imogen Vale", "2022-10-25", "Linking to "),
    ]
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["RC"] == reasons["MO"] == reasons["IV"] == "picture's alt text"
    assert reasons["Reply by email"] == "reply or vote button"


def test_a_comments_score_over_its_text_and_a_reply_to_its_own_writer_under_it_are_buttons() -> None:
    # IntenseDebate prints the votes ("+5") between the head and the text; Staticman a "Reply to
    # NAME" under each comment, naming its writer; a blog's share row parts its buttons with " · ".
    def comment(name: str, score: str, text: str) -> str:
        return f"{name}\n16/07/22 at 08:12\n{score}\n{text}\nReply to {name}\n\n"

    share = "Share on Twitter · Share on LinkedIn · Copy link"
    thread = comment("Priya Ramanathan", "+5", "A good question.") + comment("Tariq Hussein", "-1", "+1")
    doc = thread_doc(f"{share}\n2 Comments\n{thread}")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Priya Ramanathan", ("A good question.",)),
        ("Tariq Hussein", ("+1",)),  # (a comment may be only "+1")
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["+5"] == removed["-1"] == "counter"
    assert removed["Reply to Priya Ramanathan"] == removed["Reply to Tariq Hussein"] == "reply or vote button"
    assert removed[share] == "navigation"
    # A comment with no text over its button once named itself the comment it answers, and cleaning raised.
    doc = thread_doc("2 Comments\nMegan Lloyd\n16/07/22 at 08:12\nReply to Megan Lloyd\n")
    assert [(c.author, c.replies) for c in doc.comments] == [("Megan Lloyd", ())]


def _vbulletin_post(when: str, number: int, name: str, text: str) -> str:
    return (
        f"{when}\n#{number}\n{name}\n{name} is offline\nJunior Member\nJoin Date: Sep 2008\nPosts: 28\n"
        f"{text}\nReply With Quote\nMulti-Quote This Message\n\n"
    )


def test_a_vbulletin_thread_reads_each_post_from_its_date_number_name_and_panel() -> None:
    # vBulletin heads each post with its date and number, then the poster's name over the panel;
    # a lone word ("Pebbledash") is a name there because "Pebbledash is offline" follows it.
    title = "Serious case review summary published"
    page = (
        "Talk Board\nHome\nForum\nResults 1 to 3 of 3\nThread Tools\nShow Printable Version\nLinear Mode\n"
        "Switch to Threaded Mode\n\n"
        + _vbulletin_post("13-11-2008, 21:14", 1, "Kestrel_71", f"{title}\n{ARTICLE}")
        + _vbulletin_post("13-11-2008, 21:40", 2, "Pebbledash", "I have read it too.")
        + _vbulletin_post("Today, 08:31", 3, "Marsh Lantern", "Has anyone read the earlier one?")
        + "Posting Permissions\nYou may not post new threads\nBB code is On\nSmilies are On\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (title, "Kestrel_71", "2008-11-13")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.date) for c in doc.comments] == [("Pebbledash", "2008-11-13"), ("Marsh Lantern", None)]
    assert [c.paragraphs for c in doc.comments] == [("I have read it too.",), ("Has anyone read the earlier one?",)]
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Pebbledash is offline"] == reasons["#2"] == "poster profile"
    assert reasons["Multi-Quote This Message"] == "reply or vote button"
    assert {reasons[t] for t in ("Results 1 to 3 of 3", "Show Printable Version", "Switch to Threaded Mode")} == {
        "navigation"
    }
    assert {reasons[t] for t in ("Posting Permissions", "You may not post new threads", "Smilies are On")} == {
        "forum permissions"
    }
    fields = {m.text: m.field for m in doc.metadata}
    assert (fields["Today, 08:31"], fields["Marsh Lantern"]) == ("comment date", "comment author")


def test_a_vbulletin_poster_with_a_title_of_their_own_over_the_panel_is_read() -> None:
    # A member may choose the line under their name ("Forum Regular"); the panel under it still
    # shows the name is a poster's, and the title is the panel's too.
    post = _vbulletin_post("13-11-2008, 21:40", 2, "Rawmarsh_Rose", "I have read it too.")
    post = post.replace("Rawmarsh_Rose is offline\nJunior Member\n", "Forum Regular\n")
    page = _vbulletin_post("13-11-2008, 21:14", 1, "Kestrel_71", f"Serious case review summary\n{ARTICLE}") + post
    similar = "Similar Threads\nCouncil apologises to families\nBy Kestrel_71 in forum Local Talk\nReplies: 44\n"
    doc = clean(source("Talk Board\nThread Tools\n" + page + similar))
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("Rawmarsh_Rose", ("I have read it too.",))]
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Forum Regular"] == "poster profile"
    assert reasons["Similar Threads"] == "related links heading"
    assert "Council apologises to families" in reasons
    # Nor need the panel say the poster is offline: its rank under one word makes that word a handle.
    post = _vbulletin_post("13-11-2008, 21:40", 2, "Lorrainey", "I have read it too.")
    opening = _vbulletin_post("13-11-2008, 21:14", 1, "Kestrel_71", f"Serious case review summary\n{ARTICLE}")
    doc = clean(source("Talk Board\nThread Tools\n" + opening + post.replace("Lorrainey is offline\n", "")))
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("Lorrainey", ("I have read it too.",))]


def test_a_vbulletin_panel_with_each_label_over_its_value_is_the_panel_to_the_last_post() -> None:
    # vBulletin 4 prints "Join Date" over "Mar 2009" and "Posts" over the count, and a user title of the
    # poster's own ("Banned") under "NAME is offline". The last post's panel is no chrome ending the thread.
    def post(when: str, number: int, name: str, title: str, text: str) -> str:
        panel = f"{name} is offline\n{title}\nJoin Date\nMar 2009\nLocation\nRochdale\nPosts\n2,117\n"
        return f"{when}\n#{number}\n{name}\n{panel}{text}\nReply With Quote\n\n"

    page = (
        "Talk Board\nThread Tools\nShow Printable Version\n\n"
        + post("27-09-2012, 09:41 PM", 1, "spotland_steve", "Senior Member", f"A question for councillors\n{ARTICLE}")
        + post("27-09-2012, 10:27 PM", 2, "Heywood Harry", "Banned", "Typical. Same old faces.")
        + post("29-09-2012, 09:14 PM", 3, "spotland_steve", "Senior Member", "Update: the chair's office wrote back.")
        + "« Previous Thread | Next Thread »\nPosting Permissions\nYou may not post new threads\n"
    )
    doc = clean(source(page))
    assert doc.body[0].text == ARTICLE.split("\n")[0]
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Heywood Harry", ("Typical. Same old faces.",)),
        ("spotland_steve", ("Update: the chair's office wrote back.",)),
    ]
    removed = Counter(r.reason for r in doc.removed if r.text in ("Join Date", "Mar 2009", "Posts", "Banned"))
    assert removed == {"poster profile": 10}


def test_an_american_forum_reads_all_its_numeric_dates_month_first_once_one_shows_it() -> None:
    page = (
        _vbulletin_post("09-03-2014, 07:15 PM", 1, "Kestrel_71", f"A week on from the report\n{ARTICLE}")
        + _vbulletin_post("09-04-2014, 09:22 AM", 2, "Pebbledash", "I have read it too.")
        + _vbulletin_post("09-14-2014, 10:02 AM", 3, "Marsh Lantern", "Still reading.")
    )
    doc = clean(source(page))
    assert doc.date == "2014-09-03"
    assert [c.date for c in doc.comments] == ["2014-09-04", "2014-09-14"]
    # A date that can only be day first ("14-09-2014") leaves the page as British sites print it.
    doc = clean(source(page.replace("09-14-2014", "14-09-2014")))
    assert (doc.date, doc.comments[0].date) == ("2014-03-09", "2014-04-09")


def test_a_question_and_answer_page_gives_the_question_the_answerer_and_the_answer() -> None:
    question = "Were there warnings before the inquiry reported?"
    related = ["What did the inspection say about the council?", "How are serious case reviews carried out?"]
    page = "\n".join(
        [
            "Askwell\nHome\nSpaces",
            f"{question}\nAnswer\nFollow · 23\nRequest\nPass",
            "Sponsored by Ledgerline\nStruggling with your accounts?\nWe do the sums so you don't have to.\nLearn More",
            "All related (14)\nSort\nRecommended",
            "Lena Haworth\n·\nFollow\nFormer youth worker and researcher, South Yorkshire\nAnswered February 15, 2015",
            ARTICLE,
            "Share · 3\nRelated questions\nMore answers below",
            *related,
        ]
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (question, "Lena Haworth", "2015-02-15")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    reasons = {r.text: r.reason for r in doc.removed}
    assert {reasons[t] for t in ("Struggling with your accounts?", "We do the sums so you don't have to.")} == {
        "advert"
    }
    assert {reasons[t] for t in related} == {"related links"}
    assert reasons["Sort"] == reasons["Recommended"] == "comment form"
    assert {reasons[t] for t in ("Follow · 23", "Share · 3")} == {"share or follow widget"}
    fields = {m.text: m.field for m in doc.metadata}
    assert fields["Former youth worker and researcher, South Yorkshire"] == "byline"
    # The answer's comments: the name, a dot, the age (" · " on a line of its own), the text.
    comments = "Upvote · 84\nAdd comment\n\nMarcus Oyelaran\n·\n6y\nWho would you make accountable instead?\n"
    comments += "Upvote · 12\nReply\n\nJoanna Featherstone\n·\n5y\nSuccess looks like nothing, painfully accurate.\n"
    doc = clean(source(page.replace("Share · 3\n", comments + "Share · 3\n")))
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.date, c.paragraphs[0][:12]) for c in doc.comments] == [
        ("Marcus Oyelaran", None, "Who would yo"),
        ("Joanna Featherstone", None, "Success look"),
    ]


def test_a_name_over_a_dateline_is_the_writer_only_with_a_follow_button_between() -> None:
    # A section's name over the dateline ("Local News") is no writer.
    head = "Radio North\nHome\nNews\nLocal News\nInquiry finds agencies missed chances\n27 September 2012\n"
    assert clean(source(f"{head}{ARTICLE}")).author is None
    head = "Networked\nInquiry finds agencies missed chances\nShare\nSave\nListen\n"
    head += "Gillian Thorne\nFollow\n27 September 2012\n"
    assert clean(source(f"{head}{ARTICLE}")).author == "Gillian Thorne"


def test_a_press_release_and_a_mail_archive_give_their_labelled_dates() -> None:
    headline = "Independent review into exploitation in the borough published"
    release = "Borough Council\nHome\nPRESS RELEASE\nDate: 18.11.2016\nRef: KBC/PR/2016/214\nFor immediate release\n"
    release += f"{headline}\n"
    doc = clean(source(f"{release}{ARTICLE}"))
    assert (doc.title, doc.date) == (headline, "2016-11-18")
    assert {r.reason for r in doc.removed if r.text in ("PRESS RELEASE", "Ref: KBC/PR/2016/214")} == {
        "press release header"
    }
    mail = "List Archives\n[list] Interim report out today\nFrom: Dr Alan Pike <a.pike@example.org>\n"
    doc = clean(source(f"{mail}Date: Wed, 25 Apr 2018 09:14:22 +0100\n{ARTICLE}"))
    assert (doc.title, doc.author, doc.date) == ("[list] Interim report out today", "Dr Alan Pike", "2018-04-25")


def test_a_headline_repeated_in_the_most_read_list_is_the_title_and_a_standfirst_is_set_apart() -> None:
    headline = "Inquiry finds children were let down for decades as agencies failed to act"
    standfirst = "The independent inquiry found that exploitation was known about for years but not tackled."
    page = (
        f"The Daily Example\nHome\nUK\nLive: Heatwave latest as amber warning is extended\n{headline}\n{standfirst}\n"
        f"Niamh Calloway\nNorth of England correspondent\nTuesday 12 July 2022 11:05, UK\n{ARTICLE}\n"
        f"Most read\n1. Heatwave: amber warning extended as temperatures climb\n2. {headline}\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (headline, "Niamh Calloway", "2022-07-12")
    assert doc.standfirst == standfirst
    assert doc.body[0].text.startswith("Paragraph 1")
    assert {m.text: m.field for m in doc.metadata}[standfirst] == "standfirst"


def test_a_paragraph_under_the_byline_is_the_articles_not_a_standfirst() -> None:
    intro = "This is our usual write-up of the meeting, reconstructed from notes; the minutes follow."
    head = "Chamber Notes\nFull Council: the motion on the inquiry's recommendations\nPosted 26/11/2022"
    page = f"{head}\n{intro}\nCalderbrook Council: Full Council\nThursday 24 November 2022\n{ARTICLE}\n"
    doc = clean(source(page))
    assert (doc.title, doc.date) == ("Full Council: the motion on the inquiry's recommendations", "2022-11-26")
    assert doc.standfirst is None and doc.body[0].text == intro


def test_a_disqus_thread_with_relative_times_is_read_and_the_byline_is_not_a_comment() -> None:
    head = "Headline of the story\nBy Sam Kettering\nTuesday 3 March 2015 17.20 GMT\nShare on Facebook\n"
    thread = "Bea Lomax\n• 3 years ago\nNo evidence of neglect, they say.\nReply • Share ›\n"
    doc = clean(source(f"{head}{ARTICLE}\nAlso on The Clarion\nAnother story\n14 Comments\n{thread}"))
    assert (doc.author, doc.date) == ("Sam Kettering", "2015-03-03")
    assert doc.body[0].text.startswith("Paragraph 1")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("Bea Lomax", ("No evidence of neglect, they say.",))]


def test_a_tabloid_prints_each_commenter_under_the_comment_and_its_rating_buttons() -> None:
    head = "Headline of the story\nBy MARK HOLDEN FOR THE DAILY BEACON\nTuesday 3 March 2015 17.20 GMT\n"
    thread = (
        "Comments 312\nShare what you think\nNewest Oldest Best rated Worst rated\nView all\n"
        "Nobody noticed? Somebody noticed.\nBill_T, Doncaster, United Kingdom, 3/3/2015 18:12\n"
        "Click to rate\nRating   41\nReply\nView all 3 replies\n"
        "Read the report first.\nKPW, Sheffield, 3/3/2015 21:09\nClick to rate\nRating   7\nReply\n"
        "Thank you to the women who spoke up.\nAnnie, Rotherham, United Kingdom, 3/3/2015 22:30\n"
        "Click to rate\nRating   389\nReply\n"
    )
    doc = clean(source(f"{head}{ARTICLE}\n{thread}"))
    assert doc.author == "Mark Holden"
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Bill_T", "2015-03-03", ("Nobody noticed? Somebody noticed.",)),
        ("KPW", "2015-03-03", ("Read the report first.",)),
        ("Annie", "2015-03-03", ("Thank you to the women who spoke up.",)),  # (a first name alone)
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Newest Oldest Best rated Worst rated"] == removed["View all 3 replies"] == "comment form"


def test_a_press_release_names_the_body_that_issued_it() -> None:
    head = "Inspection report published\nFrom:\nDepartment for Communities and Local Government\n4 February 2015\n"
    doc = clean(source(f"{head}{ARTICLE}"))
    assert (doc.title, doc.author, doc.date) == (
        "Inspection report published",
        "Department for Communities and Local Government",
        "2015-02-04",
    )


WRAPPED = """\
Dear all,

Many of you will have seen that the department has today published the
second review in full, alongside the first review that the inspectors
judged inadequate. Some passages are still redacted, but far fewer
than I had expected.

I am also struck by how many of its recommendations echo what the 2003
inquiry said. That is a discussion for another day.
"""


def test_a_hard_wrapped_message_is_read_as_paragraphs() -> None:
    lines = split_lines(WRAPPED)
    assert [line.prose for line in lines] == [False, True, True, True, True, True, True]


def test_a_headline_over_its_byline_is_not_a_wrapped_paragraph() -> None:
    text = "A Serious Case Review Finds Agencies Failed To Join The Dots\n"
    text += "Posted by elsbeth on Tuesday March 03, 2015 @01:14PM\nfrom the nobody-put-it-together dept.\n"
    assert not any(line.prose for line in split_lines(text + ARTICLE)[:3])


def test_a_forum_thread_title_printed_again_over_the_first_post() -> None:
    title = "Jay report - what happened to the 2002 research?"
    posts = f"Post by Yorkie_Lass » Thu Aug 28, 2014 9:14 pm\n{ARTICLE}\nTop\n"
    doc = clean(source(f"Board index ‹ Local ‹ Council\n{title}\nPost Reply\n5 posts • Page 1 of 1\n{title}\n{posts}"))
    assert (doc.title, doc.author, doc.date) == (title, "Yorkie_Lass", "2014-08-28")
    assert doc.body[0].text.startswith("Paragraph 1")
    assert [r.reason[:14] for r in doc.removed if r.text == title] == ["repeat of line"]


def test_a_cookie_notice_under_its_label_is_no_paragraph_and_a_topic_label_is_no_title() -> None:
    # The notice reads as a sentence: taken for the page's first paragraph, it made the forum's
    # name the title and the opening post a comment.
    title = "Bins not collected again - anyone else on the east side?"
    cookies = "Cookies: this forum uses cookies to keep you logged in. By using the forum you accept this."
    post = (
        "brucegrove_bel\nPosts: 288\nPosted: 27-10-2010 08:14\nThird week running our recycling has not been taken.\n"
    )
    reply = "seven_sisters_sam\nPosts: 1,022\nPosted: 27-10-2010 08:51\nSame on our road, missed twice this month.\n"
    doc = clean(source(f"N17 & Around neighbourhood forum\n{cookies}\nTopic: {title}\nAuthor\nMessage\n{post}{reply}"))
    assert (doc.title, doc.author, doc.date) == (title, "brucegrove_bel", "2010-10-27")
    assert [(r.text[:8], r.reason) for r in doc.removed if r.text.startswith("Cookies")] == [
        ("Cookies:", "cookie notice")
    ]
    assert [c.author for c in doc.comments] == ["seven_sisters_sam"]


def test_a_forum_post_by_the_threads_opener_is_the_article_and_the_badge_is_no_name() -> None:
    title = "IICSA final report out today - has anyone read the recommendations?"
    post = "Lemonadeandlime OP\n· Thu 20-Oct-22 11:42:07\n"
    doc = clean(source(f"Talk\nIn the news\n{title}\nWatch thread\n{post}{ARTICLE}\nQuote\nMessage poster\n"))
    assert (doc.title, doc.author, doc.date) == (title, "Lemonadeandlime", "2022-10-20")
    assert doc.body[-1].text.startswith("Paragraph 4")


def test_a_forum_count_of_replies_over_the_opening_post_does_not_end_the_article() -> None:
    title = "Jay report on Rotherham - has anyone here actually read the whole thing?"
    post = "BramblesAndBeans · 27/08/2014 08:14\n"
    reply = "Wormwood · 27/08/2014 08:31\nA reply to the first post, long enough to read as one.\n"
    doc = clean(source(f"Parentsquare\nTalk\n{title}\nWatch thread\n9 replies\nFlag thread\n{post}{ARTICLE}\n{reply}"))
    assert (doc.title, doc.author, doc.date) == (title, "BramblesAndBeans", "2014-08-27")
    assert doc.body[0].text.startswith("Paragraph 1")
    assert [c.author for c in doc.comments] == ["Wormwood"]
    assert "9 replies" not in {r.text for r in doc.removed}


def test_a_classic_themes_entry_footer_of_labels_over_their_values() -> None:
    # Twenty Sixteen prints its screen-reader labels over each value after the text.
    footer = "Author\nGwen Hollis\nPosted on\n4 September 2014\nCategories\nScrutiny, Local government\n"
    footer += "Tags\nJay report, work programmes\n"
    doc = clean(source(f"Notes from the Gallery\nWhat a scrutiny committee could have asked\n{ARTICLE}\n{footer}"))
    assert (doc.author, doc.date, doc.categories, doc.tags) == (
        "Gwen Hollis",
        "2014-09-04",
        ("Scrutiny", "Local government"),
        ("Jay report", "work programmes"),
    )
    assert doc.body[-1].text == ARTICLE.split("\n")[-1]


def test_a_journal_entry_with_comments_headed_like_letters() -> None:
    head = "Account name:\nPassword\nLog in\nThe second Haringey review, read properly\n"
    head += "[personal profile] kestrel_ink\nOct. 27th, 2010 10:41 pm\n"
    first = "Re: The Laming echo\nDate: 2010-10-27 10:12 pm (UTC)\nFrom: [personal profile] pennyroyal_tea\nFirst.\n"
    reply = "    Re: The Laming echo\n    Date: 2010-10-27 10:30 pm (UTC)\n    From: [personal profile] kestrel_ink\n"
    anonymous = "(no subject)\nDate: 2010-10-28 07:54 am (UTC)\nFrom: (Anonymous)\nThird.\n"
    doc = clean(source(f"{head}{ARTICLE}\n5 comments\n{first}{reply}    Second.\n{anonymous}"))
    assert (doc.title, doc.author, doc.date, doc.site) == (
        "The second Haringey review, read properly",
        "kestrel_ink",
        "2010-10-27",
        None,  # "Account name:" is a form's label
    )
    tree = [(c.author, c.date, c.paragraphs, [(r.author, r.paragraphs) for r in c.replies]) for c in doc.comments]
    assert tree == [
        ("pennyroyal_tea", "2010-10-27", ("First.",), [("kestrel_ink", ("Second.",))]),
        ("Anonymous", "2010-10-28", ("Third.",), []),
    ]


@pytest.mark.parametrize("label", ["", "Date: "])
def test_a_journal_comment_headed_by_a_profile_link_over_its_date(label: str) -> None:
    # Dreamwidth's style without subjects: "[personal profile] NAME" over the date, perhaps labelled.
    def comment(name: str, stamp: str, text: str, indent: str = "") -> str:
        return "\n".join(
            f"{indent}{line}" for line in (name, f"{label}{stamp} (UTC)", text, "Link", "(Reply) (Thread)")
        )

    thread = "\n".join(
        (
            comment("[personal profile] hollyoakfern", "2015-03-16 07:40 am", "Is the blue the one from the stall?"),
            comment("[personal profile] wrenfield", "2015-03-16 09:12 am", "It is! I went back for two.", "    "),
            comment("(Anonymous)", "2015-03-17 06:30 pm", "Cold frame neighbours are the best neighbours."),
        )
    )
    doc = thread_doc(f"3 comments\n{thread}")
    assert [(c.author, c.date, [r.author for r in c.replies]) for c in doc.comments] == [
        ("hollyoakfern", "2015-03-16", ["wrenfield"]),
        ("Anonymous", "2015-03-17", []),
    ]


def test_a_journal_printing_no_subject_prints_every_comments_subject_over_its_text() -> None:
    # Dreamwidth's flat style: "(no subject)" where a comment has none, so every first line is a subject
    # ("parliamentary committee", quoted by no reply). An OpenID commenter is "[identity profile] DOMAIN".
    def comment(name: str, stamp: str, subject: str, text: str, parent: bool = False) -> str:
        links = "(Reply) (Parent) (Thread) (Link)" if parent else "(Reply) (Thread) (Link)"
        return f"{name}\n2013-09-{stamp} (UTC)\n{subject}\n{text}\n{links}\n"

    thread = (
        comment("(Anonymous)", "15 09:58 pm", "(no subject)", "Do post the answer when it comes.")
        + comment("[personal profile] larkspur", "15 10:30 pm", "Residents are a step further", "This gets me.")
        + comment(
            "[personal profile] calderbank", "16 07:15 am", "Re: Residents are a step further", "To be fair.", True
        )
        + comment("[personal profile] larkspur", "16 08:02 am", "Re: Residents are a step further", "Fair.", True)
        + "Re: Residents are a step further - [personal profile] calderbank - 2013-09-16 09:40 am (UTC) - Expand\n"
        + comment("[identity profile] wrenwick.example.net", "16 01:27 pm", "parliamentary committee", "Worth a read.")
        + "(Deleted comment)\n"
    )
    doc = thread_doc(f"5 comments\n{thread}")

    def tree(comments: tuple[Comment, ...]) -> list[tuple[str | None, tuple[str, ...], list[object]]]:
        return [(c.author, c.paragraphs, tree(c.replies)) for c in comments]

    assert tree(doc.comments) == [
        ("Anonymous", ("Do post the answer when it comes.",), []),
        ("larkspur", ("This gets me.",), [("calderbank", ("To be fair.",), [("larkspur", ("Fair.",), [])])]),
        ("wrenwick.example.net", ("Worth a read.",), []),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["(Deleted comment)"] == "deleted comment"
    assert [reason for text, reason in removed.items() if text.endswith("- Expand")] == ["folded comment"]


def test_an_email_quoted_in_an_article_starts_no_comment() -> None:
    quoted = "From: Jane Smith\nDate: 12 March 2013\nPlease see the attached report, which I hope helps.\n"
    last = "Paragraph 5 closes the article at the length of a sentence."
    doc = clean(source(f"A headline for the quoting test\n{ARTICLE}\n{quoted}{last}\n"))
    assert doc.comments == ()
    assert doc.body[-1].text == last


def test_a_comment_that_liked_something_is_no_tumblr_note() -> None:
    assert furniture_reason("I liked this") is None
    assert furniture_reason("hillfog liked this") is not None


def test_a_mail_header_heads_the_article_not_a_comment() -> None:
    head = "Re: the Jay report\nFrom: Dr Alan Pike <a.pike@example.org>\nDate: Wed, 27 Aug 2014 09:14:22 +0100\n"
    doc = clean(source(f"Lists archive\n{head}{ARTICLE}\n"))
    assert (doc.author, doc.date, doc.comments) == ("Dr Alan Pike", "2014-08-27", ())


def test_a_tumblr_post_dated_and_tagged_at_its_foot_with_its_notes() -> None:
    head = "Summits & Sandwiches\nhills, bothies, and what I ate on them\nArchive\n"
    foot = "Jun 14th, 2016\n23 notes\n#munros\n#trip report\nPrevious post\nNext post\n"
    notes = "cairngormcraig liked this\nbothybound reblogged this from summits\n"
    notes += "wren reblogged this from summits and added:\nA reblog with a comment, long enough.\n"
    notes += "hillfog reblogged this from wren and added:\nAn answer to the reblog.\n"
    notes += "moth liked this\nlochside liked this\nbothybound liked this\nsummits posted this\n"
    tail = "About\nForty-something, two knees, one dog. Slowly compleating the list, one bad hill at a time.\n"
    tail += "Ask me anything\nFollowing\nTheme: Minimal Ridge by hillfog\nPowered by Tumblr\n"
    doc = clean(source(f"{head}{ARTICLE}\n{foot}{notes}{tail}"))
    assert (doc.date, doc.tags) == ("2016-06-14", ("munros", "trip report"))
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert [(c.author, [(r.author, r.paragraphs) for r in c.replies]) for c in doc.comments] == [
        ("wren", [("hillfog", ("An answer to the reblog.",))])
    ]
    removed = {r.text for r in doc.removed}
    assert {"cairngormcraig liked this", "summits posted this", "Next post", "Following"} <= removed
    assert "Theme: Minimal Ridge by hillfog" in removed
    assert any(r.text.startswith("Forty-something") for r in doc.removed)


def test_a_tumblr_posts_hashtags_one_a_line_under_its_byline() -> None:
    head = "Summits & Sandwiches\nhills, bothies, and what I ate on them\nArchive\n"
    foot = "Posted May 14th, 2016 at 7:42 AM\n#munros\n#trip report\n123 notes\nReblog\nLike\n"
    doc = clean(source(f"{head}{ARTICLE}\n{foot}summits posted this\n"))
    assert (doc.date, doc.tags) == ("2016-05-14", ("munros", "trip report"))
    assert doc.body[-1].text.startswith("Paragraph 4")


def test_a_blogs_about_box_and_sidebar_after_a_post_without_comments_are_not_the_post() -> None:
    foot = "Jun 14th, 2016\n23 notes\n#munros\n#trip report\nPrevious post\nNext post\n"
    tail = "About\nForty-something, two knees, one dog. Slowly compleating the list, one bad hill at a time.\n"
    tail += "Ask me anything\nFollowing\nPowered by Tumblr\n"
    doc = clean(source(f"Summits & Sandwiches\nArchive\n{ARTICLE}\n{foot}cairngormcraig liked this\n{tail}"))
    assert (doc.date, doc.tags) == ("2016-06-14", ("munros", "trip report"))
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert {"Ask me anything", "Following"} <= {r.text for r in doc.removed}
    assert [r.reason for r in doc.removed if r.text.startswith("Forty")] == ["blog biography"]


def test_the_last_comment_ends_where_a_run_of_page_chrome_begins() -> None:
    head = f"A headline for the thread test\n{ARTICLE}\n2 Comments\n"
    thread = "Marnie_T says:\nFirst comment.\nDaleWatcher says:\nLast comment.\nReply\n"
    chrome = "Share:\nFacebook\nTwitter\nEmail\nHome\nA widget's blurb, which is no comment.\n"
    doc = clean(source(head + thread + chrome))
    assert [c.paragraphs for c in doc.comments] == [("First comment.",), ("Last comment.",)]
    assert "A widget's blurb, which is no comment." in {r.text for r in doc.removed}


def test_a_headline_under_a_split_byline_and_a_relative_time() -> None:
    headline = 'IICSA report on grooming networks: "still happening". Does this match what you see?'
    doc = clean(source(f"r/UKPolicyTalk\nPosted by\nu/ellandrood_sw\n2 days ago\n{headline}\n{ARTICLE}\n"))
    assert (doc.title, doc.author, doc.date) == (headline, "ellandrood_sw", None)
    assert doc.body[0].text.startswith("Paragraph 1")


def test_a_xenforo_post_reads_past_the_posters_panel_to_its_date() -> None:
    title = "Jay report out today - 1,400 kids"
    head = f"TykeTalk Forums\nForums\n{title}\nThread starter millmoor_mick\nStart date Aug 26, 2014\n"
    panel = "Joined\nFeb 11, 2009\nMessages\n6,310\nReaction score\n2,044\n"
    first = f"millmoor_mick\nWell-known member\n{panel}Aug 26, 2014\n#1\n{ARTICLE}\nReport\nLike\nReply\n"
    reply = f"Pete_H\nActive member\n{panel}Aug 27, 2014\n#2\nA reply to the first post, long enough to read.\n"
    doc = clean(source(head + first + reply))
    assert (doc.title, doc.author, doc.date) == (title, "millmoor_mick", "2014-08-26")
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert [(c.author, c.date) for c in doc.comments] == [("Pete_H", "2014-08-27")]
    assert {r.text for r in doc.removed} >= {"Joined", "Feb 11, 2009", "6,310", "2,044", "Well-known member", "#2"}
    # A member's own title in place of the rank ("Registered social worker") is the panel's; under the
    # date, XenForo's "Add bookmark".
    reply = reply.replace("Active member", "Registered social worker").replace("#2", "Add bookmark\n#2")
    doc = clean(source(head + first + reply))
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Pete_H", ("A reply to the first post, long enough to read.",))
    ]
    assert {r.text: r.reason for r in doc.removed}["Registered social worker"] == "poster profile"
    # A post ending on one word ("Cheers") keeps it: the handle under it is no member's title.
    cheers = first.replace("\nReport\nLike\nReply\n", "\nCheers\n")
    doc = clean(source(head + cheers + f"Pete_H\n{panel}Aug 27, 2014\n#2\nA reply to the first post, long enough.\n"))
    assert [c.author for c in doc.comments] == ["Pete_H"] and doc.body[-1].text == "Cheers"
    # A one-word masthead over "Home" and the "Forums" section, which the breadcrumb prints again.
    masthead = "Casefile\nHome\nForums\nNew posts\nSearch forums\nForums\nPractice and policy\n"
    doc = clean(source(masthead + head.removeprefix("TykeTalk Forums\nForums\n") + first + reply))
    assert (doc.site, doc.title) == ("Casefile", title)


def test_a_mybb_post_reads_past_the_posters_threads_and_reputation_to_its_date() -> None:
    title = "The 2012 review ten years on"
    head = f"Safeguarding Voices Community\nHome\nSearch\n{title}\n"
    buttons = "Find\nReply\nQuote\nReport\n"

    def post(name: str, rank: str, date: str, number: int, text: str) -> str:
        panel = f"{rank}\nPosts: 1,204\nThreads: 37\nJoined: Mar 2016\nReputation: 41\n"
        return f"{name}\n{panel}{date}\n#{number}\n{text}\n{buttons}"

    first = post("hollowayjen", "Senior Member", "02-10-2022, 08:41 PM", 1, ARTICLE)
    reply = post("mossbank", "Member", "03-10-2022, 07:15 AM", 2, "A reply to the first post, long enough to read.")
    doc = clean(source(head + first + reply))
    assert (doc.title, doc.author, doc.date) == (title, "hollowayjen", "2022-10-02")
    assert [(c.author, c.date) for c in doc.comments] == [("mossbank", "2022-10-03")]
    removed = [r.text for r in doc.removed]
    assert removed.count("Find") == removed.count("Reputation: 41") == removed.count("Threads: 37") == 2


def test_replies_nest_under_the_comment_the_page_says_they_answer() -> None:
    head = f"A headline for the thread test\n{ARTICLE}\n4 Comments\n"
    disqus = "Marnie_T\n2 years ago\nFirst comment.\nReply\nDaleWatcher → Marnie_T\n2 years ago\nAnswer.\n"
    doc = clean(source(head + disqus))
    assert [(c.author, [r.author for r in c.replies]) for c in doc.comments] == [("Marnie_T", ["DaleWatcher"])]
    # Another theme prints "X > Y"; who answers whom makes even "Gazette reader" a display name.
    disqus = "Marnie_T\n• 2 years ago\nFirst comment.\nReply\nGazette reader > Marnie_T\n• 2 years ago\nAnswer.\n"
    doc = clean(source(head + disqus))
    assert [(c.author, [r.author for r in c.replies]) for c in doc.comments] == [("Marnie_T", ["Gazette reader"])]
    typepad = (
        "Comments\nA first comment, long enough to be read as text.\nPosted by: Jo Bramall | 04 Sep 2014 at 03:22 PM\n"
        "In reply to Jo Bramall\nAn answer to Jo.\nPosted by: Marcus Henley | 04 Sep 2014 at 05:10 PM\n"
    )
    doc = thread_doc(typepad)
    assert [(c.author, [r.author for r in c.replies]) for c in doc.comments] == [("Jo Bramall", ["Marcus Henley"])]
    assert [m.field for m in doc.metadata if m.text == "In reply to Jo Bramall"] == ["reply to"]
    # Another Typepad theme names the one answering too: "NAME said in reply to OTHER...".
    doc = thread_doc(typepad.replace("In reply to Jo Bramall", "Marcus Henley said in reply to Jo Bramall..."))
    assert [(c.author, [r.paragraphs for r in c.replies]) for c in doc.comments] == [
        ("Jo Bramall", [("An answer to Jo.",)])
    ]
    blogger = (
        "3 comments:\nAnonymous said...\nThank you for this post.\n12 March 2010 at 13:02\nReplies\nNatasha said...\n"
        "You are welcome, good luck.\n"
        "12 March 2010 at 18:40\nReply\nDee said...\nA new comment.\n13 March 2010 at 09:51\n"
    )
    doc = thread_doc(blogger)
    tree = [(c.author, [r.author for r in c.replies]) for c in doc.comments]
    assert tree == [("Anonymous", ["Natasha"]), ("Dee", [])]


def _tree(comments: tuple[Comment, ...]) -> list[tuple[str | None, list[object]]]:
    return [(c.author, _tree(c.replies)) for c in comments]


def test_bloggers_contempo_replies_block_each_reply_with_its_own_buttons() -> None:
    # Contempo prints "Reply" / "Delete" under every comment, replies too; the block's own "Reply"
    # under its last reply closes it.
    def comment(name: str, stamp: str, text: str) -> str:
        return f"{name}\nSeptember {stamp}, 2012 at 10:47 PM\n{text}\nReply\nDelete\n"

    thread = (
        "Comments\n"
        + comment("Anonymous", "28", "The named-person rule is exactly right.")
        + "Replies\n"
        + comment("Kath Pemberton", "29", "Thank you. Did anyone object?")
        + comment("Anonymous", "29", "One governor did. He came round.")
        + "Reply\n"
        + comment("Yvonne Strang", "30", "Clerk to two parish councils here.")
        + "Add comment\nLoad more...\n"
    )
    doc = thread_doc(thread)
    assert _tree(doc.comments) == [
        ("Anonymous", [("Kath Pemberton", []), ("Anonymous", [])]),
        ("Yvonne Strang", []),
    ]


def test_bloggers_soho_replies_block_closed_by_a_blank_line() -> None:
    # Soho prints "Reply" / "Delete" under every comment and no closing "Reply": a blank line ends
    # the block. (Where the block has its closing "Reply", a blank line between replies does not.)
    def comment(name: str, stamp: str, text: str) -> str:
        return f"{name}\n{stamp} February 2015 at 21:40\n{text}\nReply\nDelete\n"

    thread = "Comments\n\n" + comment("Alwyn Shaw", "21", "That should be on a banner.") + "Replies\n"
    thread += comment("Winifred Catterall", "21", "I can't take the credit.") + "\n"
    thread += comment("Bridget Hart", "22", "Could you share the letter?") + "Replies\n"
    thread += comment("Winifred Catterall", "22", "Of course.") + "\n"
    thread += comment("Cyril Marsh", "23", "We would welcome a copy too.") + "\nAdd comment\n"
    assert _tree(thread_doc(thread).comments) == [
        ("Alwyn Shaw", [("Winifred Catterall", [])]),
        ("Bridget Hart", [("Winifred Catterall", [])]),
        ("Cyril Marsh", []),
    ]
    closed = "Comments\n\n" + comment("Alwyn Shaw", "21", "That should be on a banner.") + "\nReplies\n"
    closed += comment("Winifred Catterall", "21", "I can't take the credit.") + "\n"
    closed += comment("Bridget Hart", "22", "Me too.") + "Reply\n\n" + comment("Cyril Marsh", "23", "A copy too.")
    assert _tree(thread_doc(closed).comments) == [
        ("Alwyn Shaw", [("Winifred Catterall", []), ("Bridget Hart", [])]),
        ("Cyril Marsh", []),
    ]


def test_a_broadcasters_have_your_say_comments_numbered_rated_and_picked() -> None:
    # "Comment number N." over "Posted by NAME at 17:02 on 3 Mar 2015", the rating and its "+" / "-"
    # under the text; the editors' pick printed over the thread is a copy of the one in it.
    def comment(number: int, name: str, time: str, text: str, pick: str = "") -> str:
        head = f"Comment number {number}.\n{pick}Posted by {name} at {time} on 3 Mar 2015\n"
        return f"{head}{text}\nRating 88\n+\n-\nComplain about this comment (Comment number {number})\n\n"

    pick = comment(2, "Carfax_Quarter", "17:38", "The board is made of the same agencies it reviews, I'm saying.")
    thread = (
        "Have your say\nComments 412\nThis entry is now closed for comments\nEditors' Picks\nAll Comments\n"
        "Newest first\nOldest first\nHighest rated\nLowest rated\n\nEditors' Picks\n"
        + pick.replace("Rating 88\n+\n-\nComplain about this comment (Comment number 2)\n", "Rating 88\n+\n-\n")
        + comment(1, "Lindenfold", "17:02", "Good that it has been published. Now publish the progress.")
        + pick.replace("Posted by", "Editors' Pick\nPosted by")
        + "Show more comments\n"
    )
    page = f"Oxfordshire review: calls for accountability\n3 March 2015\nBy Harriet Lomax\n{ARTICLE}\n{thread}"
    doc = clean(source(page))
    assert [(c.author, c.date, c.paragraphs[0][:20]) for c in doc.comments] == [
        ("Lindenfold", "2015-03-03", "Good that it has bee"),
        ("Carfax_Quarter", "2015-03-03", "The board is made of"),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert {removed[t] for t in ("+", "-", "Complain about this comment (Comment number 1)")} == {
        "reply or vote button"
    }
    assert {"Highest rated", "This entry is now closed for comments", "Editors' Pick"} <= removed.keys()
    assert {m.field for m in doc.metadata if m.text.startswith("Comment number")} == {"comment number"}
    # The picks end at the thread's first comment, which is printed once: the thread's own comments
    # stay in their order when "Show more" prints one of them again.
    osney = comment(3, "Osney_Lock_Keeper", "18:05", "Having read the executive summary, I agree with the board.")
    dunmore = comment(4, "Dunmore_Lane", "18:26", "Agree. I read it at lunch and it is clearer than I expected.")
    doc = clean(source(page.replace("Show more comments\n", osney + dunmore + "Show more comments\n" + osney)))
    assert [c.author for c in doc.comments] == ["Lindenfold", "Carfax_Quarter", "Osney_Lock_Keeper", "Dunmore_Lane"]


def test_a_sidebars_list_ends_over_the_posts_headline_set_apart_over_its_byline() -> None:
    # Contempo's "About me" box over the post: its "More…" link, then a blank line, the headline and byline.
    page = (
        "Between Two Agendas\nA parish and town councillor's notes on the meetings after the meetings\nHome\n"
        "About me\nMore…\n\nThe Rochdale review and the question nobody minuted\nBy Kath Pemberton\n"
        f"September 28, 2012\n\n{ARTICLE}\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "The Rochdale review and the question nobody minuted",
        "Kath Pemberton",
        "2012-09-28",
    )


def test_a_broadsheets_pick_over_the_thread_is_its_copy_in_the_thread() -> None:
    # The picks strip prints a comment over the thread with a link to it; the copy in the thread,
    # in its place, is the comment. The tabs between are the widget's, and a badge over the line
    # naming whom a reply answers ("contributor" / "→ NAME") is no commenter.
    def comment(name: str, stamp: str, text: str, head: str = "") -> str:
        return f"{name}\n{head}{stamp}\n{text}\nRecommend\n12\nReply\nReport\nShare\n"

    pick = "A common definition sounds dull until you have tried to compare two areas without one."
    thread = (
        "comments (312)\nMeridian picks\npennywhistle_47\n17 Feb 2022 9:30\n"
        f"{pick}\nJump to comment\nPicks\nAll\nSort by\nOldest\nPer page\n25\nDisplay threads\nCollapsed\n"
        + comment("hazelnut_whirl", "17 Feb 2022 8:41", "Data is not the reason these things happened.")
        + comment("pennywhistle_47", "17 Feb 2022 9:30", pick, "Meridian pick\n")
        + comment(
            "NadiaKershaw", "17 Feb 2022 10:31", "I agree culture comes first.", "contributor\n→ hazelnut_whirl\n"
        )
    )
    doc = thread_doc(thread)
    assert _tree(doc.comments) == [("hazelnut_whirl", [("NadiaKershaw", [])]), ("pennywhistle_47", [])]
    removed = {r.text: r.reason for r in doc.removed}
    assert all(removed[t] == "comment form" for t in ("Jump to comment", "Picks", "All", "Per page", "Display threads"))
    page = f"A headline for the thread test\n{ARTICLE}\n{thread}".split("\n")
    printed = [n for n, line in enumerate(page, start=1) if line == pick]  # the pick's, then the thread's
    assert doc.comments[1].lines == (printed[1],)
    assert [r.reason for r in doc.removed if r.text == pick] == [f"repeat of line {printed[1]}"]
    # A pick printed with its name only, under the paper's own name for them: no head, yet the copy
    # of a line the same commenter's comment holds. A reply answering a reply ("→ NAME" on a line of
    # its own, over the date) is shown under the comment that opened the conversation.
    undated = thread.replace("Meridian picks\npennywhistle_47\n17 Feb 2022 9:30\n", "Wayfarer Picks\npennywhistle_47\n")
    undated += comment("hazelnut_whirl", "17 Feb 2022 10:40", "Fair enough.", "→ NadiaKershaw\n")
    doc = thread_doc(undated)
    assert _tree(doc.comments) == [
        ("hazelnut_whirl", [("NadiaKershaw", []), ("hazelnut_whirl", [])]),
        ("pennywhistle_47", []),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Wayfarer Picks"] == removed["pennywhistle_47"] == "comment picks"
    page = f"A headline for the thread test\n{ARTICLE}\n{undated}".split("\n")
    assert removed[pick] == f"repeat of line {[n for n, t in enumerate(page, start=1) if t == pick][1]}"
    assert doc.body[-1].text == ARTICLE.splitlines()[-1]


def test_reply_heads_name_whom_they_answer_on_one_line_or_several() -> None:
    def post(head: str, text: str) -> str:
        return f"Avatar\n{head}\n{text}\n4 △ ▽\n• Reply •\nShare ›\n"

    one_line = (
        post("MossSideMike • 10 years ago", "Nobody believed these girls, and that is the headline.")
        + post("Trudy_B > MossSideMike • 10 years ago", "Agreed, my sister said the same years ago.")
        + post("Helen_T ↪ MossSideMike • 10 years ago", "Same here. I'll believe it when I see it.")
        + post("Guest • 10 years ago", "Will anyone lose their job over this?")
    )
    doc = thread_doc("4 Comments\n" + one_line)
    assert _tree(doc.comments) == [("MossSideMike", [("Trudy_B", []), ("Helen_T", [])]), ("Guest", [])]
    # Other themes print the name, a moderator's badge, whom it answers and the age a line each.
    several = (
        post("HelenaW\n• 9 years ago", "What will the commissioners actually do day to day?")
        + post("Callum Reid\nMod\nHelenaW\n• 9 years ago", "A fair challenge, and on my list for a follow-up.")
        + post("HelenaW\nCallum Reid\n• 9 years ago edited", "Great, I'll look out for it.")
    )
    doc = thread_doc("3 Comments\n" + several)
    assert _tree(doc.comments) == [("HelenaW", [("Callum Reid", [("HelenaW", [])])])]
    assert {r.text: r.reason for r in doc.removed if r.text in {"Mod", "Avatar"}} == {
        "Mod": "commenter badge",
        "Avatar": "poster profile",
    }
    # A paper's thread marks the line naming whom a reply answers with an arrow.
    arrowed = "Comments (2)\nNorthernLass73\n20 Oct 2022 14.32\nSeven years, and the headline.\nReply\n"
    arrowed += "keswick_kev\n↳ NorthernLass73\n20 Oct 2022 14.40\nTo be fair, a legal duty.\nReply\n"
    doc = thread_doc(arrowed)
    assert _tree(doc.comments) == [("NorthernLass73", [("keswick_kev", [])])]
    assert doc.comments[0].replies[0].paragraphs == ("To be fair, a legal duty.",)
    # Where the page indents one level of replies, a reply to a reply stays on the level it is printed at.
    indented = "Comments (3)\nteacupstorm\n26 Aug 2014 18:37\nThe most damning line.\nReply\n"
    indented += "    PhilHolroyd\n    ↪ teacupstorm\n    26 Aug 2014 18:52\n    Agreed, and more.\n    Reply\n"
    indented += "    teacupstorm\n    ↪ PhilHolroyd\n    26 Aug 2014 19:05\n    Exactly.\n    Reply\n"
    doc = thread_doc(indented)
    assert _tree(doc.comments) == [("teacupstorm", [("PhilHolroyd", []), ("teacupstorm", [])])]
    # A moderator's badge after the name on the same line is no part of the name.
    doc = thread_doc(
        "2 Comments\n"
        + post("Dougie P • 2 years ago", "Sixteen years of people being told.")
        + post("Hannah Birtwistle Mod → Dougie P • 2 years ago", "Thank you. Do get in touch with the newsroom.")
    )
    assert _tree(doc.comments) == [("Dougie P", [("Hannah Birtwistle", [])])]


def test_a_drupal_theme_may_print_each_comments_subject_over_its_head() -> None:
    def comment(subject: str, name: str, text: str) -> str:
        return f"{subject}\nSubmitted by {name} on Thu, 05/02/2015 - 12:40\n{text}\nreply\n"

    thread = "Comments\n" + comment("The police", "Stuart Naylor", "The inspection was never going to look at them.")
    thread += comment("Support line this weekend", "Helen (volunteer)", "The support line will be open extra hours.")
    thread += comment("Re: The police", "Anonymous (not verified)", "Agree with every word of this.")
    doc = thread_doc(thread)
    assert [m.text for m in doc.metadata if m.field == "reply subject"] == [
        "The police",
        "Support line this weekend",
        "Re: The police",
    ]
    # The reply's "Re:" quotes the subject of the comment it answers.
    assert _tree(doc.comments) == [("Stuart Naylor", [("Anonymous", [])]), ("Helen (volunteer)", [])]

    # So it does under the head, past its "Permalink"; a forum's "Re:" quoting the topic answers no one.
    def post(name: str, subject: str, text: str) -> str:
        head = f"Submitted by {name} on Fri, 28/09/2012 - 19:47\nPermalink\n{subject}\n"
        return f"{head}{text}\nLog in or register to post comments\n"

    thread = "Comments\n" + post("Janice Holroyd", "Evening meeting please", f"Please make it an evening. {ARTICLE}")
    thread += post("Tariq Bashir", "A headline for the thread test", f"On point 4, I sat on a board. {ARTICLE}")
    thread += post("Ann Lee", "Re: A headline for the thread test", f"Ask for the papers in advance. {ARTICLE}")
    thread += post("Lorna Whitcombe", "Re: Evening meeting please", f"We have asked for an evening. {ARTICLE}")
    doc = thread_doc(thread)
    assert _tree(doc.comments) == [
        ("Janice Holroyd", [("Lorna Whitcombe", [])]),
        ("Tariq Bashir", []),
        ("Ann Lee", []),
    ]


def test_a_name_over_a_date_printed_like_every_other_comments_head_is_a_head() -> None:
    def comment(name: str, stamp: str, text: str) -> str:
        return f"{name}\n{stamp}\n{text}\nRecommend\nReply\n"

    thread = "Comments\n" + comment(
        "MarkTheBard", "27 Aug 2014 9:41", "This is the most sensible thing I have read all week."
    )
    thread += comment(
        "Porthleven", "27 Aug 2014 11:48", "Excellent article, but I would add a fourth thing to the list."
    )
    thread += comment("A social worker", "27 Aug 2014 13:05", "The computer system we use was designed after Laming.")
    thread += comment("TykeAbroad", "27 Aug 2014 13:20", "My mum tried to get the police to do something in 2001.")
    thread += comment("Ledbury_Lass", "27 Aug 2014 14:02", "I was in care in the eighties, nowhere near Rotherham.")
    doc = thread_doc(thread)
    names = ["MarkTheBard", "Porthleven", "A social worker", "TykeAbroad", "Ledbury_Lass"]
    assert [c.author for c in doc.comments] == names
    # A list of dated links after the thread is no comment: no paragraph stands under its dates.
    related = "More from News\nTram delays to continue\n27 Aug 2014 9:00\nCouncil tax to rise\n26 Aug 2014 16:12\n"
    doc = thread_doc(thread + related)
    assert len(doc.comments) == 5


def test_a_papers_reply_head_names_whom_it_answers_under_the_name_and_its_badge() -> None:
    thread = "Comments (212)\nPorthleven_Pete\n27 Aug 2014 11:48\nExcellent article, but I would add a fourth thing.\n"
    thread += "Reply\n    FionaAldridge\n    contributor\n    in reply to Porthleven_Pete\n    27 Aug 2014 12:05\n"
    thread += "    You are quite right, and I should have included it.\n    Reply\n"
    doc = thread_doc(thread)
    assert _tree(doc.comments) == [("Porthleven_Pete", [("FionaAldridge", [])])]
    # The badge is the head's, as most golds read it (wpDiscuz's "Author", a paper's "contributor"),
    # and no part of the reply's text.
    assert ("contributor", "comment author") in {(m.text, m.field) for m in doc.metadata}


def test_a_comment_the_scrape_caught_twice_is_kept_once_and_its_repeat_listed() -> None:
    thread = (
        "3 Comments\n"
        "bolton_wanderer • 3 years ago\nEveryone in this town has known something was wrong for years.\nReply\n"
        "jen_m → bolton_wanderer • 3 years ago\nKnown something, maybe, but the girls were ignored.\nReply\n"
        "Guest • 3 years ago\nThank you.\nReply\n"
        "Guest • 3 years ago\nThank you.\nReply\n"  # two short thanks from one name are two comments
        "Load more comments\n"
        "bolton_wanderer • 3 years ago\nEveryone in this town has known something was wrong for years.\nReply\n"
        "jen_m → bolton_wanderer • 3 years ago\nKnown something, maybe, but the girls were ignored.\nReply\n"
    )
    doc = thread_doc(thread)
    assert _tree(doc.comments) == [("bolton_wanderer", [("jen_m", [])]), ("Guest", []), ("Guest", [])]
    repeats = [(r.text[:14], r.reason) for r in doc.removed if r.reason.startswith("repeat of")]
    first = next(c.lines[0] for c in doc.comments if c.author == "bolton_wanderer")
    assert repeats[:2] == [
        ("bolton_wandere", f"repeat of line {first}"),
        ("Everyone in th", f"repeat of line {first}"),
    ]
    assert len(repeats) == 4


def test_notices_that_run_on_past_their_first_sentence_are_still_furniture() -> None:
    for notice, reason in (
        ("By signing up you agree to our privacy notice. You can unsubscribe at any time.", "subscription prompt"),
        ("Sign in to comment. Comments are moderated and must follow our community rules.", "comment form"),
        ("Support independent journalism. Become a member today", "subscription prompt"),
    ):
        assert furniture_reason(notice, prose=True) == reason, notice
    assert furniture_reason("We should all support independent journalism in this town.", prose=True) is None


def test_a_block_of_paid_links_under_its_sponsored_label_is_advert() -> None:
    texts = [
        "Sponsored",
        "Retirees are snapping up these scooters",
        "Mobility Direct",
        "One odd trick",
        "Health Weekly",
    ]
    texts += ["Read more"]
    reasons = [furniture_reason(t) for t in texts]
    panel_values(texts, reasons)
    assert reasons[:5] == ["advert"] * 5
    # A paragraph under the label is no paid link: the block is left alone.
    texts[2] = "The council said the scheme had been a success, and would run again next year."
    reasons = [furniture_reason(t) for t in texts]
    panel_values(texts, reasons)
    assert reasons[1:5] == [None] * 4


def test_a_comment_policy_over_the_thread_is_furniture_not_a_comment() -> None:
    thread = (
        "9 comments\nDon Valley Echo comment policy\n"
        "Please be respectful. Comments that could identify victims will be removed.\n"
        "Dougie P • 2 years ago\nSixteen years of people being told and nothing happening.\nReply\n"
    )
    doc = thread_doc(thread)
    assert [c.author for c in doc.comments] == ["Dougie P"]
    assert {(r.text[:14], r.reason) for r in doc.removed} >= {
        ("Don Valley Ech", "comment form"),
        ("Please be resp", "comment form"),
    }


def test_a_threaded_page_that_lost_its_indentation_nests_replies_by_their_words() -> None:
    def says(name: str, text: str, button: str = "Reply") -> str:
        return f"{name} says:\nFebruary 5, 2015 at 8:02 am\n{text}\n{button}\n"

    thread = (
        says("Derek Hollins", "Green bins on Thursdays clash with the school run.")
        + says("Marion Tate", "Good point Derek. I'll raise it with the waste team.")
        + says("Derek Hollins", "Much appreciated, that would help.")  # the answered answering back
        + says("Sheila P", "I agree with what Derek said about the bins.")  # a name in passing
        + says("dave_k", "Can I volunteer for the library?")
        + says("Tom K", "That's a fair question, Dave.")  # a handle is called by its first part
        + says("Ann Lee", "Ha. They need people, Sheila.")  # past an interjection
    )
    doc = thread_doc(f"7 Comments\n{thread}")
    assert _tree(doc.comments) == [
        ("Derek Hollins", [("Marion Tate", [("Derek Hollins", [])])]),
        ("Sheila P", [("Ann Lee", [])]),
        ("dave_k", [("Tom K", [])]),
    ]
    # A name in apposition, the post's writer thanked, an anonymous commenter: no one is answered.
    more = (
        says("Rachel Ames", "Thanks Ann, that helps.")
        + says("Pat O", "Thank you Rachel, a brilliant post.")
        + says("Ian B", "I raised it with my manager, Derek, last week.")
        + says("Anonymous", "A first question.")
        + says("Sue M", "Anonymous, I agree.")
        + says("Anonymous", "A new question from someone else.")
    )
    doc = clean(source(f"A headline for the thread test\nBy Rachel Ames\n{ARTICLE}\n13 Comments\n{thread}{more}"))
    assert _tree(doc.comments)[1:] == [
        ("Sheila P", [("Ann Lee", [("Rachel Ames", [])])]),
        ("dave_k", [("Tom K", [])]),
        ("Pat O", []),
        ("Ian B", []),
        ("Anonymous", []),
        ("Sue M", []),
        ("Anonymous", []),
    ]
    # Forums are flat by design: without "Reply" buttons, a post that addresses another stays in line.
    forum = thread.replace("\nReply\n", "\nQuote\n")
    doc = thread_doc(f"6 Comments\n{forum}")
    assert [c.replies for c in doc.comments] == [()] * 7


def test_a_writers_comment_under_a_readers_answers_it_but_a_forum_posters_takes_its_turn() -> None:
    def says(name: str, text: str) -> str:
        return f"{name} says:\nFebruary 5, 2015 at 8:02 am\n{text}\nReply\n"

    thread = (
        says("Derek Hollins", "Will the report come to the next meeting?")
        + says("Rachel Ames", "It will, on the agenda for March.")  # the writer answers
        + says("Derek Hollins", "Great, that would help.")  # the answered answering back
        + says("Tom K", "A separate point about the budget.")
        + says("Rachel Ames", "And a note from me on the timetable.")
    )
    doc = clean(source(f"A headline for the thread test\nBy Rachel Ames\n{ARTICLE}\n5 Comments\n{thread}"))
    assert doc.author == "Rachel Ames"
    assert _tree(doc.comments) == [
        ("Derek Hollins", [("Rachel Ames", [("Derek Hollins", [])])]),
        ("Tom K", [("Rachel Ames", [])]),
    ]
    # Words to every commenter answer none of them, though they then name two ("Thanks all the
    # same, Tom." answers Tom).
    to_all = says("Rachel Ames", "Cheers all. Tom - yes, the budget. Derek - March it is.")
    doc = clean(source(f"A headline for the thread test\nBy Rachel Ames\n{ARTICLE}\n6 Comments\n{thread}{to_all}"))
    assert _tree(doc.comments)[-1] == ("Rachel Ames", [])
    to_tom = says("Ann Lee", "Thanks all the same, Tom.")
    doc = clean(source(f"A headline for the thread test\nBy Rachel Ames\n{ARTICLE}\n6 Comments\n{thread}{to_tom}"))
    assert _tree(doc.comments)[1] == ("Tom K", [("Rachel Ames", []), ("Ann Lee", [])])
    # A forum's opening poster (the article is a post under her head) posts in turn like anyone.
    forum = f"A thread title for the forum test\nRachel Ames\nFebruary 5, 2015 at 7:02 am\n{ARTICLE}\nReply\n{thread}"
    doc = clean(source(forum))
    assert doc.author == "Rachel Ames"
    assert [c.replies for c in doc.comments] == [()] * 5


def test_a_forums_posts_under_posters_panels_take_their_turn_though_one_thanks_another() -> None:
    # Reply buttons and a vocative ("Thanks, Dalesman.") nest a blog's comments; a forum that
    # prints each poster's panel (rank, post count, joining date) is flat by design.
    def post(name: str, date: str, text: str) -> str:
        return f"{name}\nMember\nPosts: 240\nJoined: Jan 2014\n{date}\n{text}\nReply\n"

    thread = post("Dalesman", "08-10-2022, 10:47 PM", "Ours was folded into a wider panel in 2019, which was right.")
    thread += post("mossbank", "09-10-2022, 08:30 AM", "Thanks, Dalesman. Worth adding that the picture changed.")
    doc = thread_doc(f"2 replies\n{thread}")
    assert _tree(doc.comments) == [("Dalesman", []), ("mossbank", [])]


def test_a_vocative_after_of_course_or_set_off_mid_sentence_before_a_clause_answers_that_commenter() -> None:
    # On a page that nests replies but lost the indentation, "Of course Joan, …" and "…, Darren,
    # but …" answer Joan and Darren; "my manager, Mark, said" names Mark in passing.
    def says(name: str, text: str) -> str:
        return f"{name} says:\nFebruary 5, 2015 at 8:02 am\n{text}\nReply\n"

    thread = says("Joan Schofield", "Well done to the association. Could someone save me a seat?")
    thread += says("Lorna Whitworth", "Of course Joan, I'll put your name on one.")
    thread += says("Darren Ogden", "Will it be recorded for those of us who can't make a Tuesday?")
    thread += says("Mark Ibbott", "Good luck with it all, it sounds like a useful evening.")
    thread += says("Keith Brearley", "We're not going to record it, Darren, but we'll write up the questions.")
    thread += says("Helen Maudsley", "When I asked my manager, Mark, said nobody had read the report.")
    doc = thread_doc(f"6 Comments\n{thread}")
    assert _tree(doc.comments) == [
        ("Joan Schofield", [("Lorna Whitworth", [])]),
        ("Darren Ogden", [("Keith Brearley", [])]),
        ("Mark Ibbott", []),
        ("Helen Maudsley", []),
    ]


def test_a_depth_printed_over_each_comment_nests_it() -> None:
    def post(level: int, name: str, text: str) -> str:
        return f"level {level}\n{name}\n· 9 yr. ago\n{text}\n41\nReply\nShare\n"

    thread = (
        post(1, "alice_k", "The first comment on the thread.")
        + post(2, "bob_t", "A reply to it.")
        + post(3, "alice_k", "A reply to the reply.")
        + post(2, "carol", "Another reply to the first.")
        + post(1, "dave", "A new comment.")
    )
    doc = thread_doc(f"5 comments\n{thread}")
    assert _tree(doc.comments) == [
        ("alice_k", [("bob_t", [("alice_k", [])]), ("carol", [])]),
        ("dave", []),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert all(removed[f"level {n}"] == "comment depth" for n in (1, 2, 3))


def test_a_comment_headed_name_on_date_said_though_it_reads_as_a_sentence() -> None:
    thread = "9 Responses\nTom Patchett on May 12, 2011 at 8:02 am said:\nA comment.\n"
    thread += "1. Ruth Adeyemi on 11 May 2011 said:\nAnother.\n"
    doc = thread_doc(thread)
    assert [(c.author, c.date) for c in doc.comments] == [
        ("Tom Patchett", "2011-05-12"),
        ("Ruth Adeyemi", "2011-05-11"),
    ]
    # The writing's own "X said:" before a quotation, dated or not, and "In reply to …" opening a
    # sentence in a comment.
    for said in ("The minister on Tuesday said:", "The Home Secretary on 12 March 2015 said:"):
        quoted = '"We will act on every one of the recommendations in this report," she told MPs.'
        last = "Paragraph 6 of the article goes on after the quotation at some length."
        doc = thread_doc(f"{said}\n{quoted}\n{last}\n")
        assert doc.comments == () and doc.body[-1].text == last
    reply = "In reply to the question about bins raised by Derek, I think the council should act now."
    doc = clean(
        source(f"A headline for the thread test\n{ARTICLE}\n{thread}Marion says:\nMay 13, 2011 at 9:00 am\n{reply}\n")
    )
    assert doc.comments[-1].paragraphs == (reply,)


def test_typepad_numbers_and_drupal_subjects_are_not_the_comments_words() -> None:
    typepad = (
        "2 Responses to “A headline”\n1.\nExcellent post, thank you.\n"
        "Posted by: Len Haworth | March 04, 2015 at 10:15 AM\n"
        "2.\nI agree with most of this.\nPosted by: Siobhan Carr | March 04, 2015 at 12:47 PM\n"
    )
    doc = thread_doc(typepad)
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Len Haworth", ("Excellent post, thank you.",)),
        ("Siobhan Carr", ("I agree with most of this.",)),
    ]
    assert {r.text: r.reason for r in doc.removed}["1."] == "comment number"
    drupal = (
        "Comments\nSubmitted by maggie_h on Thu, 09/04/2014 - 10:12\nPermalink\nDoes anyone know whether the…\n"
        "Does anyone know whether the report will be published?\nLog in or register to post comments\n"
        "Submitted by jbrandreth on Thu, 09/04/2014 - 11:40\nPermalink\nIt will.\n"
    )
    drupal_thread(
        drupal, ["Does anyone know whether the report will be published?", "It will."], "Does anyone know whether the…"
    )


def drupal_thread(thread: str, texts: list[str], subject: str) -> Document:
    """A Drupal thread read as comments of one paragraph each, ``subject`` set apart as a reply's subject."""
    doc = thread_doc(thread)
    assert [c.paragraphs for c in _in_page_order(doc.comments)] == [(text,) for text in texts]
    assert [m.field for m in doc.metadata if m.text == subject] == ["reply subject"]
    return doc


def _in_page_order(comments: tuple[Comment, ...]) -> list[Comment]:
    return [c for comment in comments for c in (comment, *_in_page_order(comment.replies))]


def test_a_drupal_comments_own_subject_under_its_head_is_no_part_of_its_text() -> None:
    drupal = (
        "Comments\nSubmitted by Karen W (not verified) on 3 September, 2014 - 16:40\nPermalink\nNot a sacrifice\n"
        "I wouldn't call it a sacrifice. He was in charge for a good part of those years.\nreply\n"
        "Submitted by Pat Kinsella on 4 September, 2014 - 08:10\nRe: Not a sacrifice\n"
        "Depressing but not surprising, and the report says as much.\nreply\n"
    )
    texts = [
        "I wouldn't call it a sacrifice. He was in charge for a good part of those years.",
        "Depressing but not surprising, and the report says as much.",
    ]
    doc = drupal_thread(drupal, texts, "Not a sacrifice")
    assert "Permalink" in {r.text for r in doc.removed}  # a link over the subject is no subject
    assert _tree(doc.comments) == [("Karen W", [("Pat Kinsella", [])])]  # its "Re:" quotes the subject it answers
    # A theme that shows subjects shows one on every comment: a comment's own short opening stays.
    unheaded = drupal.replace("Re: Not a sacrifice\n", "Thanks Pat\n").replace("Permalink\nNot a sacrifice\n", "")
    doc = thread_doc(unheaded)
    assert doc.comments[1].paragraphs[0] == "Thanks Pat"
    # Nor does "Posted by" (WordPress and others) print a subject under the head.
    posted = drupal.replace("Submitted by", "Posted by")
    doc = thread_doc(posted)
    assert doc.comments[0].paragraphs[0] == "Not a sacrifice"
    # A theme that prints each subject over the head, cut from the comment's opening words.
    first, second = "Point 3 is the one that matters most to me.", "Thank you Pete. That is exactly why it is listed."
    over = "Comments\nPoint 3 is the one that…\nSubmitted by Pete Hollins on Sat, 06/09/2014 - 09:47\nPermalink\n"
    over += f"{first}\nreply\nThank you Pete. That is…\nSubmitted by Claire R on Sat, 06/09/2014 - 11:02\nPermalink\n"
    over += f"{second}\nreply\n"
    doc = thread_doc(over)
    assert _tree(doc.comments) == [("Pete Hollins", [("Claire R", [])])]
    assert [doc.comments[0].paragraphs, doc.comments[0].replies[0].paragraphs] == [(first,), (second,)]
    assert [m.text for m in doc.metadata if m.field == "reply subject"] == [first[:23] + "…", second[:23] + "…"]


def test_a_name_and_date_under_a_headline_and_standfirst_are_the_articles_byline() -> None:
    head = "The Meridian\nOpinion\nHow many more reports before we listen?\n"
    head += "Another review, another list of agencies that failed girls. At some point the pattern is the story.\n"
    article = "".join(f"Paragraph {n} of the column, which is long enough to read as prose here.\n" for n in range(8))
    thread = "comments (2)\nPennineWalker\n4 Mar 2015 9:12\nGood piece.\nReply\n"
    doc = clean(source(f"{head}Nadia Holt\nWed 4 Mar 2015 07.00 GMT\n{article}{thread}"))
    assert (doc.author, doc.date) == ("Nadia Holt", "2015-03-04")
    assert doc.body[0].text.startswith("Paragraph 0")
    assert [c.author for c in doc.comments] == ["PennineWalker"]


def test_a_columnists_name_over_her_job_is_the_byline_under_the_headline() -> None:
    headline = "Lord Laming has been here before. That should shame all of us"
    head = f"The Meridian\nOpinion\n{headline}\nMiriam Oakes\nSocial affairs columnist\nThu 12 Mar 2009 19.02 GMT\n"
    doc = clean(source(head + ARTICLE))
    assert (doc.title, doc.author, doc.date) == (headline, "Miriam Oakes", "2009-03-12")
    assert [m.text for m in doc.metadata if m.field == "byline"] == ["Miriam Oakes", "Social affairs columnist"]


def test_a_question_headline_and_its_standfirst_over_the_byline_head_the_article() -> None:
    headline = "Ten years on from the review: did we ever stop ticking boxes?"
    standfirst = "In 2011 a review promised to free social workers from compliance. A practitioner looks back."
    head = f"Medium\nSign in\n{headline}\n{standfirst}\nPriya Nandakumar\nFollow\n7 min read · May 10, 2021\n"
    doc = clean(source(head + ARTICLE))
    assert (doc.title, doc.standfirst, doc.date) == (headline, standfirst, "2021-05-10")
    assert doc.body[0].text.startswith("Paragraph 1")


def test_a_phpbb_thread_heads_each_post_by_name_and_date() -> None:
    post = "Right, I have read the summary and skimmed the rest of the report, and it is long."
    reply = "I think it is genuinely different in tone from the last one we had to read."
    thread = f"by sw_jen78 » Wed May 11, 2011 8:14 pm\n{post}\nby OldHandDuty » Wed May 11, 2011 9:02 pm\n{reply}\n"
    doc = clean(source(f"CareTalk Forums\nMunro final report: has anything changed?\n{thread}"))
    assert (doc.author, doc.date) == ("sw_jen78", "2011-05-11")
    assert [b.text for b in doc.body] == [post]
    assert [(c.author, c.date) for c in doc.comments] == [("OldHandDuty", "2011-05-11")]


def test_a_phpbb_posters_name_and_panel_under_the_post_and_the_signature_under_them_are_furniture() -> None:
    post = "Right, I have read the summary and skimmed the rest of the report, and it is long."
    reply = "My cousin was one of them. She told a teacher in 2004 and it went nowhere."
    answer = "Fair enough, and sorry about your cousin. I am angry at the people paid to stop it."
    head = "Post by KimberworthKen » Tue Aug 26, 2014 9:14 pm\n"
    thread = f"{head}{post}\nKimberworthKen\nPosts: 2140\nJoined: Sun Mar 08, 2009 6:12 pm\n"
    thread += "Re: Jay report out\nPost by Wath_Lass » Tue Aug 26, 2014 10:05 pm\n"
    thread += f"{reply}\nWath_Lass\nSite Admin\nPosts: 97\nMillers till I die. Opinions my own.\n"
    thread += f"Re: Jay report out\nPost by Rother_Ron » Tue Aug 26, 2014 10:26 pm\n{answer}\n"
    doc = clean(source(f"Don Valley Talk\nJay report out\n{thread}"))
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("Wath_Lass", (reply,)), ("Rother_Ron", (answer,))]
    reasons = {r.text: r.reason for r in doc.removed}
    assert (reasons["Wath_Lass"], reasons["Millers till I die. Opinions my own."]) == ("poster profile", "signature")


def test_prosilvers_name_rank_and_panel_over_the_subject_and_post_by_are_the_next_posts() -> None:
    # The poster's name, a rank of their own and the panel stand over the post's subject and its
    # "Post by NAME » DATE", after the post above: they are the next post's panel, not the last
    # words of the post above.
    def post(name: str, rank: str, stamp: str, text: str) -> str:
        panel = f"{name}\n{rank}Posts: 412\nJoined: Thu 13/03/2008 19:02\n"
        return f"{panel}Re: Jay report\nPost by {name} » {stamp}\n{text}\nTop\n\n"

    opening = "moorside_mick\nPosts: 412\nJoined: Thu 13/03/2008 19:02\nJay report\n"
    opening += f"Post by moorside_mick » Sun 14/09/2014 21:41\n{ARTICLE}\nTop\n\n"
    page = "Brackendale Community Forum\nJay report\n8 posts • Page 1 of 1\n\n" + opening
    page += post("hazel_w", "", "Sun 14/09/2014 22:03", "Work programmes can be changed, that's the point.")
    page += post("rdenton_cllr", "Councillor (verified)\n", "Mon 15/09/2014 08:12", "I sit on the committee.")
    doc = clean(source(page))
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("hazel_w", ("Work programmes can be changed, that's the point.",)),
        ("rdenton_cllr", ("I sit on the committee.",)),
    ]
    assert {r.text: r.reason for r in doc.removed}["Councillor (verified)"] == "poster profile"


def test_an_old_phpbb_thread_heads_each_post_with_the_posters_panel_over_the_date() -> None:
    def post(name: str, rank: str, subject: str, text: str) -> str:
        panel = f"{name}\n{rank}\nJoined: 02 Jan 2008\nPosts: 9876\n"
        return f"{panel}Posted: Tue Aug 26, 2014 9:22 pm\nPost subject:{subject}\n{text}\nBack to top\n"

    opening = "Independent report says about 1,400 kids were abused in the town and nobody acted."
    thread = post("millmoor_mick", "Regular", " Rotherham abuse report", opening)
    thread += post("Ironside", "Senior Member", "", "I've read the summary, and it's worse than the telly makes out.")
    thread += post("kimbo", "Member", "", "My cousin was one of them, and nobody believed her.")
    doc = clean(source(f"Millers Talk\nRotherham abuse report - 1,400 kids\n{thread}"))
    assert (doc.author, doc.date, [b.text for b in doc.body]) == ("millmoor_mick", "2014-08-26", [opening])
    assert [(c.author, c.paragraphs[0][:14]) for c in doc.comments] == [
        ("Ironside", "I've read the "),
        ("kimbo", "My cousin was "),
    ]
    assert {(r.text, r.reason) for r in doc.removed} >= {
        ("Post subject:", "forum header"),
        ("Regular", "poster profile"),
    }


def test_a_menu_item_called_latest_does_not_make_the_headline_under_the_menu_a_link() -> None:
    title = "IICSA final report out today - has anyone read the recommendations?"
    menu = "ParentNet\nLatest\nChat\nParenting\nIn the news\n"
    doc = clean(source(f"{menu}{title}\nWillowPatternPlates · Thu 20-Oct-22 13:05:11\n{ARTICLE}"))
    assert doc.title == title


def test_a_dated_row_in_a_newsletters_masthead_is_not_its_menu() -> None:
    doc = clean(
        source(f"Safe Childhoods Network\nNewsletter | Issue 14 | 6th March 2015\nTwo reports in a month\n{ARTICLE}")
    )
    assert doc.date == "2015-03-06"
    assert "Newsletter | Issue 14 | 6th March 2015" not in {r.text for r in doc.removed}


def test_a_parent_link_under_a_comment_nests_it_under_the_one_before() -> None:
    def entry(name: str, text: str, parent: bool) -> str:
        links = "Reply · Thread · Parent · Link" if parent else "Reply · Thread · Link"
        return f"{name}\nNovember 12 2008, 23:05:14 UTC\n{text}\n{links}\n"

    thread = (
        entry("mossgreen_jo", "Look after yourself this week.", False)
        + entry("redkitestitcher", "Thank you, I will try.", True)
        + entry("tallulah_grey", "Thanks redkitestitcher, I keep thinking about it.", False)
        + entry("redkitestitcher", "Me too.", True)
        + entry("tallulah_grey", "Take care.", True)
    )
    doc = thread_doc(f"5 comments\n{thread}")
    assert _tree(doc.comments) == [
        ("mossgreen_jo", [("redkitestitcher", [])]),
        ("tallulah_grey", [("redkitestitcher", [("tallulah_grey", [])])]),
    ]


def test_a_count_of_no_replies_puts_nothing_under_its_comment() -> None:
    thread = "Ann A\nNov 15, 2023\nA comment.\nReply\n0 replies\nBen B\nNov 15, 2023\nAnother.\nReply\n"
    doc = thread_doc(f"Comments\n{thread}")
    assert _tree(doc.comments) == [("Ann A", []), ("Ben B", [])]


def test_a_reply_count_under_a_comment_puts_the_comments_after_it_under_it() -> None:
    def note(name: str, text: str, extra: str = "") -> str:
        return f"{name}\nNov 15, 2023\n{text}\nReply\nShare\n{extra}"

    thread = (
        note(
            "Joe Tamworth",
            "I was a student social worker in 2008.",
            "Liked by Nadia Kershaw\n1 reply by Nadia Kershaw\n",
        )
        + note("Nadia Kershaw", "Author\nI remember those cohorts.")
        + note("Ruth Mensah", "The line about the same borough is the heart of it.", "2 replies\n")
        + note("Dan Whitcombe", "Partly, but some things did improve.")
        + note("Ruth Mensah", "That's fair.")
        + note("Will Sandoe", "Sharing this with my team.")
    )
    doc = thread_doc(f"Comments\n{thread}")
    assert _tree(doc.comments) == [
        ("Joe Tamworth", [("Nadia Kershaw", [])]),
        ("Ruth Mensah", [("Dan Whitcombe", [("Ruth Mensah", [])])]),
        ("Will Sandoe", []),
    ]
    assert doc.comments[0].replies[0].paragraphs == ("I remember those cohorts.",)
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Author"] == "commenter badge"
    assert removed["2 replies"] == removed["1 reply by Nadia Kershaw"] == "reply count"
    # Right under the count, the writer's reply may carry its badge between the name and the date.
    badged = "Joe Tamworth\nNov 15, 2023\nA comment.\nReply\n1 reply by Nadia Kershaw\n"
    badged += "Nadia Kershaw\nAuthor\nNov 15, 2023\nI remember those cohorts.\nReply\n"
    doc = thread_doc(f"Comments\n{badged}")
    assert _tree(doc.comments) == [("Joe Tamworth", [("Nadia Kershaw", [])])]
    # A paper's widget (Viafoura's) prints its buttons in one row under each comment, then the count.
    thread = "ShipleyDad\n2 years ago\nGood on them.\nLike · Reply · Report\n14\n1 reply\n"
    thread += "Denise R\n2 years ago\nThank you. Meeting details soon.\nLike · Reply · Report\n6\n"
    thread += "R.Lockwood\n2 years ago\nWill the meeting be public?\nLike · Reply · Report\n"
    doc = thread_doc(f"Comments\n{thread}")
    assert _tree(doc.comments) == [("ShipleyDad", [("Denise R", [])]), ("R.Lockwood", [])]
    assert {r.text: r.reason for r in doc.removed}["Like · Reply · Report"] == "reply or vote button"


def test_a_papers_reply_names_the_comment_it_answers_between_its_name_and_date() -> None:
    thread = "PennineTeacher\n26 Aug 2024 7:40\nThe paragraph about the chair is exactly right.\nReply\n"
    thread += "DonValleyDave\nin response to PennineTeacher\n26 Aug 2024 8:12\nSame in the NHS.\nReply\n"
    thread += "TrentsideTom\n26 Aug 2024 9:20\nTen years on and who lost their job?\nReply\n"
    doc = thread_doc(f"Comments\n{thread}")
    assert _tree(doc.comments) == [("PennineTeacher", [("DonValleyDave", [])]), ("TrentsideTom", [])]
    # A regional paper's widget says "Replying to NAME" there.
    doc = thread_doc("Comments\n" + thread.replace("in response to", "Replying to"))
    assert _tree(doc.comments) == [("PennineTeacher", [("DonValleyDave", [])]), ("TrentsideTom", [])]


def test_bartiks_comments_name_over_date_over_permalink_and_subject() -> None:
    # Drupal 7's Bartik: the name (an anonymous one "(not verified)") over the date, "Permalink",
    # then the subject, which may ask; a reply's "Re:" subject answers the comment it quotes.
    def comment(name: str, stamp: str, subject: str, text: str) -> str:
        return f"{name}\n{stamp}\nPermalink\n{subject}\n{text}\nreply\n\n"

    thread = "Comments\n" + (
        comment(
            "Graham Tullis (not verified)",
            "Wed, 03/16/2016 - 09:14",
            "Response rate",
            "Twenty-three out of forty is a decent response to a survey.",
        )
        + comment(
            "Petra Lindgard",
            "Wed, 03/16/2016 - 11:40",
            "Re: Response rate",
            "We did, twice, and three more said they would reply soon.",
        )
        + comment(
            "Anwen Probert",
            "Thu, 03/17/2016 - 20:31",
            "What about schools?",
            "I'm a head teacher and a member of our board's education group.",
        )
    )
    doc = thread_doc(thread + "Add new comment\n")
    assert [(c.author, c.date, c.paragraphs, [r.author for r in c.replies]) for c in doc.comments] == [
        (
            "Graham Tullis",
            "2016-03-16",
            ("Twenty-three out of forty is a decent response to a survey.",),
            ["Petra Lindgard"],
        ),
        ("Anwen Probert", "2016-03-17", ("I'm a head teacher and a member of our board's education group.",), []),
    ]


def test_a_drupal_reply_names_the_comment_it_answers_by_its_subject_and_author() -> None:
    def post(name: str, text: str, answers: str = "") -> str:
        head = f"Submitted by {name} on Wed, 03/05/2014 - 21:16\nPermalink\n"
        return f"{head}{answers}{text}\nLog in or register to post comments\n"

    thread = (
        post("Anonymous (not verified)", "I worked in a neighbouring authority for years.")
        + post(
            "Jo Hartley",
            "Thank you for saying this.",
            "In reply to I worked in a neighbouring… by Anonymous (not verified)\n",
        )
        + post("Jo Hartley", "On the wider inquiry: a new point.")
    )
    doc = thread_doc(f"Comments\n{thread}")
    assert _tree(doc.comments) == [("Anonymous", [("Jo Hartley", [])]), ("Jo Hartley", [])]


def test_a_furniture_label_takes_the_value_printed_under_it() -> None:
    caption = "Rotherham Town Hall, where the report was published"
    texts = ["Image source, Albion News", caption, "Image caption,", caption, "Reaction"]
    texts += ["Discover more from The Long Report", "Long-form reading on public inquiries."]
    reasons = [furniture_reason(t) for t in texts]
    panel_values(texts, reasons)
    assert reasons == ["image caption"] * 4 + [None] + ["subscription prompt"] * 2


def test_a_headline_between_its_dateline_and_its_byline_may_read_as_a_sentence() -> None:
    head = "Harbour Lane Counselling\nBack to Journal\nOctober 21, 2022\n"
    title = "The final report is out. Here is what we want survivors to know."
    doc = clean(source(f"{head}{title}\nWritten By Rhiannon Vale\n{ARTICLE}"))
    assert (doc.title, doc.author, doc.date) == (title, "Rhiannon Vale", "2022-10-21")
    assert doc.body[0].text.startswith("Paragraph 1")


def test_a_reply_count_under_the_headline_is_not_its_author() -> None:
    head = "Skip to content\nThe Duty Desk\nNotes from a social worker in the north\nMenu\nHome\nAbout\n"
    title = "Munro at ten: what the review got right"
    thread = f"6 Replies to “{title}”\nDee\nMay 11, 2021 at 7:02 am\nA comment on the post.\n"
    doc = clean(source(f"{head}{title}\n6 Replies\n{ARTICLE}\n{thread}"))
    assert doc.title == title
    assert doc.author is None


def test_a_label_on_its_own_line_over_its_values() -> None:
    doc = clean(source(f"A headline\n05 Feb 2015\nTags\nCasey report, commissioners, Rotherham\n{ARTICLE}"))
    assert doc.tags == ("Casey report", "commissioners", "Rotherham")
    # The label is part of the metadata it heads, not furniture to list as removed.
    assert [m.field for m in doc.metadata if m.text == "Tags"] == ["category line"]
    doc = clean(source(f"A headline\n05 Feb 2015\n{ARTICLE}\nTags\nCasey report\nRotherham\n"))
    assert doc.tags == ("Casey report", "Rotherham")
    assert [m.field for m in doc.metadata if m.text in ("Tags", "Rotherham")] == ["tag list", "tag list"]


def test_a_repeated_block_is_shown_once_and_the_repeat_recorded() -> None:
    para = "This paragraph was printed twice by the scraper because the theme repeats it."
    doc = clean(source(f"Title of the post\n{para}\nAnother paragraph that is long enough to be prose here.\n{para}\n"))
    assert [b.text for b in doc.body].count(para) == 1
    assert [(r.line, r.reason) for r in doc.removed] == [(4, "repeat of line 2")]


def test_indented_replies_nest_and_get_stable_anchors() -> None:
    text = (
        "A headline for the thread test\n\nBody paragraph that is long enough to count as prose here.\n\n"
        "3 Comments on “A headline for the thread test”\n\n"
        "  1. Ann says:\n\n    First.\n\n      1. Bob says:\n\n        Reply to Ann.\n\n"
        "  2. Cy says:\n\n    Second.\n"
    )
    doc = clean(source(text))
    assert [(c.id, c.author) for c in doc.comments] == [("c1", "Ann"), ("c2", "Cy")]
    assert [(r.id, r.author, r.paragraphs) for r in doc.comments[0].replies] == [("c1-1", "Bob", ("Reply to Ann.",))]


def test_a_two_thousand_comment_thread_is_read_completely() -> None:
    comments = "".join(f"Reader{i} says:\n\nComment number {i} with some words in it.\n\n" for i in range(2000))
    text = (
        f"Big thread\n\nAn article paragraph long enough to be read as the body of it.\n\n2000 Comments\n\n{comments}"
    )
    doc = clean(source(text))
    assert len(doc.comments) == 2000
    assert doc.comments[-1].paragraphs == ("Comment number 1999 with some words in it.",)


def test_a_long_exchange_of_replies_nests_no_deeper_than_ten_levels() -> None:
    # Each answers the one before it by name: two thousand levels, were nothing to stop it.
    thread = "".join(
        f"Reader {i} says:\nMay 1, 2015 at 9:00 am\nThanks Reader, this is answer {i}.\nReply\n" for i in range(2000)
    )
    doc = thread_doc(f"2000 Comments\n{thread}")

    def levels(comments: tuple[Comment, ...], depth: int = 0) -> list[int]:
        return [level for c in comments for level in [depth, *levels(c.replies, depth + 1)]]

    found = levels(doc.comments)
    assert (len(found), max(found)) == (2000, 10)  # each comment once; replies ten levels below the first


def test_a_huge_single_line_file_is_one_paragraph() -> None:
    line = "word " * 1_000_000
    doc = clean(source("Title line here\n" + line))
    assert [len(b.text) for b in doc.body] == [len(line.strip())]


# --- properties ----------------------------------------------------------------------------


def _comment_lines(comments: tuple[Comment, ...]) -> list[int]:
    out: list[int] = []
    for comment in comments:
        out.extend(comment.lines)
        out.extend(comment.quote.lines if comment.quote else ())
        out.extend(_comment_lines(comment.replies))
    return out


def accounted_lines(doc: Document) -> Counter[int]:
    """Every source line the document puts somewhere, counted once per place."""
    return Counter(
        [m.line for m in doc.metadata]
        + [b.line for b in doc.body]
        + _comment_lines(doc.comments)
        + [r.line for r in doc.removed]
    )


LINE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "REPLY",
            "Leave a Reply",
            "Anonymous said...",
            "Jo says:",
            "Jo said:",
            "Jo wrote: ↑Tue Mar 03, 2015 10:05 am",
            "Quote:",
            "Originally Posted by Jo",
            "« Reply #1 on: December 12, 2013, 09:10:03 PM »",
            "Jr. Member",
            "**",
            "05 Feb 2015",
            "Posted by: Al | May 1, 2012",
            "3 Comments on “X”",
            "  1. Ann says:",
            "- *said:***Bo**",
            "Advertisements",
            "About me",
            "Tom Smith",
            "Post by x » Thu Aug 28, 2014 9:14 pm",
            "Re: X",
            "Posts: 12",
            "__________",
            "Related",
            "Tags: a, b",
            "A paragraph of writing that is long enough to count as prose in the cleaner's eyes.",
            "",
        ]
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, max_size=40))
def test_every_line_ends_in_exactly_one_place(lines: list[str]) -> None:
    text = normalise("\n".join(lines))
    doc = clean(source(text))
    expected = Counter(n for n, line in enumerate(text.split("\n"), start=1) if line.strip())
    assert accounted_lines(doc) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("aZ09_'.,:/-| ?"), max_size=396))
def test_a_line_of_ascii_has_as_many_words_as_the_same_line_among_any_letters(text: str) -> None:
    """ASCII lines are counted with a pattern of their own: it must count as the Unicode one does."""
    assert words(text + " é") == words(text) + 1  # (the "é" sends the line down the Unicode path)


def test_forum_post_heads_that_name_the_poster_and_date_in_one_line() -> None:
    title = "Munro final report is out - first impressions?"
    opener = "Started by quietlyfurious, 11 May 2011\nquietlyfurious\n11 May 2011, 07:52\n"
    replies = (
        "Reply from jbarnes_sw, 09:31\nA first reply, long enough to read as text.\n"
        "Reply: lottie_p, 12 May 2011\nA second reply, long enough to read as text.\n"
        "tynebridge_al  posted 12 May 2011, 08:40\nA third reply, long enough to read as text.\n"
    )
    doc = clean(source(f"SocialWorkTalk Forums\n{title}\n{opener}{ARTICLE}\n{replies}"))
    assert (doc.title, doc.author, doc.date) == (title, "quietlyfurious", "2011-05-11")
    assert doc.body[0].text.startswith("Paragraph 1")  # the opener's own head under "Started by" is its byline
    assert [(c.author, c.date) for c in doc.comments] == [
        ("jbarnes_sw", None),
        ("lottie_p", "2011-05-12"),
        ("tynebridge_al", "2011-05-12"),
    ]
    # A poster's name over "Posted DATE" heads a post too.
    posted = "Rich_Oakengates\nPosted 19 Sep 2023\nA reply under its poster's name, long enough.\n"
    doc = clean(source(f"WrekinTalk\n{title}\nGillian_H\nPosted 19 Sep 2023\n{ARTICLE}\n{posted}"))
    assert (doc.author, doc.date) == ("Gillian_H", "2023-09-19")
    assert [(c.author, c.date) for c in doc.comments] == [("Rich_Oakengates", "2023-09-19")]


def test_a_reporters_job_is_no_commenters_name() -> None:
    head = (
        "Wrekin Valley News\nPosted in: News, Telford\nBy Owen Pryce\nLocal Democracy Reporter\nPosted on 12/07/2022\n"
    )
    doc = clean(source(f"{head}Telford inquiry: report finds exploitation was ignored\n{ARTICLE}\n"))
    assert (doc.title, doc.author, doc.date) == (
        "Telford inquiry: report finds exploitation was ignored",
        "Owen Pryce",
        "2022-07-12",
    )
    assert {m.text: m.field for m in doc.metadata}["Local Democracy Reporter"] == "byline"
    # Under a byline split over two lines too, with the time the story was last changed.
    split = "A headline for the test\nBy\nAnna Keel\nCrime Reporter\n16:45, 20 DEC 2013\nLast updated: 21 Dec 2013\n"
    doc = clean(source(f"{split}{ARTICLE}\n"))
    fields = {m.text: m.field for m in doc.metadata}
    assert (doc.author, doc.date) == ("Anna Keel", "2013-12-20")
    assert fields["Crime Reporter"] == "byline" and "Last updated: 21 Dec 2013" in fields


def test_a_block_printed_again_goes_with_its_short_lines() -> None:
    update = "10:02\nWelcome to our live coverage\nGood morning. The report is due to be published at 11.30am today.\n"
    later = ARTICLE.replace("article", "update")
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n{update}{later}\nPinned post\n{update}"))
    body = [b.text for b in doc.body]
    assert body.count("10:02") == body.count("Welcome to our live coverage") == 1
    assert body[-1] == later.splitlines()[-1]
    # A short line printed again alone is writing: a reply's "Thanks", a heading used twice.
    other = ARTICLE.replace("article", "piece")
    doc = clean(source(f"A headline for the test\n{ARTICLE}\nThanks\n{later}\nThanks\n{other}\n"))
    assert [b.text for b in doc.body].count("Thanks") == 2


def test_a_speakers_label_over_each_speech_is_no_repeat() -> None:
    minister = "The Minister of State, Department of Health"
    speeches = "".join(
        f"{speaker}\nMy Lords, speech {n} of the debate says something at sentence length here.\n"
        for n, speaker in enumerate([minister, "Lord Penhallow (Con)", minister, "Baroness Lyle (LD)", minister])
    )
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n{speeches}"))
    assert [b.text for b in doc.body].count(minister) == 3
    # A caption printed twice is still a repeat.
    caption = "The town hall in Rotherham, where the council met on Tuesday evening"
    doc = clean(
        source(f"A headline for the test\n{caption}\n{ARTICLE}\n{caption}\n{ARTICLE.replace('article', 'piece')}\n")
    )
    assert [b.text for b in doc.body].count(caption) == 1


def test_a_question_over_its_details_heads_a_page_with_no_headline() -> None:
    question = "Why did the review say child protection had become too procedural?"
    details = "I keep seeing the review cited in lectures. What did it actually argue, and did anything change?"
    doc = clean(source(f"Home\nSpaces\nSign In\n{question}\n{details}\n{ARTICLE}\n"))
    assert doc.title == question and doc.body[0].text == details
    # Under a headline, a question opening the article is its first paragraph.
    doc = clean(source(f"A headline for the test\n{question}\n{ARTICLE}\n"))
    assert doc.title == "A headline for the test" and doc.body[0].text == question


def test_blogger_notable_prints_the_writers_name_under_the_headline_under_the_date() -> None:
    head = (
        "Notes from the Desk\nA former manager reads the reports so you don't have to\nHome\nAbout me\n"
        "Reading list\nFriday, 29 August 2014\nThe Jay report: who was meant to be listening?\nJenny Marsh\n"
        "Get link\nFacebook\nTwitter\n"
    )
    doc = clean(source(f"{head}{ARTICLE}\n"))
    assert (doc.title, doc.author, doc.date) == (
        "The Jay report: who was meant to be listening?",
        "Jenny Marsh",
        "2014-08-29",
    )
    assert doc.body[0].text == ARTICLE.splitlines()[0]


def test_a_regional_papers_topics_over_its_comment_widget_are_the_tags() -> None:
    # "More On" over the topics, then the widget's heading over its count: the topics close the article.
    foot = (
        "Don't miss the biggest stories from around your area. Sign up to our free newsletters here.\n"
        "More On\nRotherham Council\nChildren's services\nJoin the conversation\nComments\n37\n"
        "Bramley Bob\n2 years ago\nGood idea but who chooses the independent chair?\nReply\nLike\n"
    )
    doc = clean(source(f"The Valley Mercury\nNine years on\nBy Ann Lee\n26 AUG 2023\n{ARTICLE}\n{foot}"))
    assert doc.tags == ("Rotherham Council", "Children's services")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [c.author for c in doc.comments] == ["Bramley Bob"]


def test_hide_n_replies_after_a_comments_replies_nests_them_under_it() -> None:
    def comment(name: str, text: str) -> str:
        return f"{name}\n1 day ago\n{text}\nReply\nLike 4\n"

    thread = (
        "Join the conversation\nComments\n"
        + comment("Alwyn Pryce", "A table with dates is exactly right.")
        + comment("Margo Delahaye", "Trackers get gamed too.")
        + "Hide 1 reply\n"
        + comment("R. Tennant", "Mandatory reporting worries me.")
        + comment("Catherine Ashdown", "That is a fair concern.")
        + comment("Iona Faulds", "Our forum is collecting views.")
        + "Hide 2 replies\n"
        + comment("B. Okonjo", "Seven years is a long time.")
    )
    doc = thread_doc(thread)
    assert [(c.author, [r.author for r in c.replies]) for c in doc.comments] == [
        ("Alwyn Pryce", ["Margo Delahaye"]),
        ("R. Tennant", ["Catherine Ashdown", "Iona Faulds"]),
        ("B. Okonjo", []),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Hide 2 replies"] == "reply count"


def test_a_nationbuilder_thread_ends_at_its_last_comments_controls() -> None:
    def comment(name: str, day: int, text: str) -> str:
        return f"{name} commented 2019-06-{day} 08:02:11 +0100\n{text}\nReply\n"

    thread = (
        "Showing 3 reactions\nSign in with\nFacebook\n"
        + comment("Gary Platt", 15, "Good. My lad has been training in a car park since October.")
        + comment("Lorraine Sheard", 16, "I live on Cranmore Avenue and I am not against the club.")
        + comment("Dev Chauhan", 17, "I work in a school and would be glad to help.")
    )
    menu = "Get involved\nVolunteer\nHost a street stall\nContact Maureen: 07700 900214\nCreated with NationBuilder\n"
    doc = thread_doc(thread + menu)
    assert [(c.author, c.date) for c in doc.comments] == [
        ("Gary Platt", "2019-06-15"),
        ("Lorraine Sheard", "2019-06-16"),
        ("Dev Chauhan", "2019-06-17"),
    ]
    assert doc.comments[-1].paragraphs == ("I work in a school and would be glad to help.",)
    removed = {r.text for r in doc.removed}
    assert {"Volunteer", "Host a street stall", "Created with NationBuilder"} <= removed
    assert "Showing 3 reactions" in removed  # the post's count (three golds of four; one reads a header)
    # A paragraph after the last controls may be a comment under a head no rule reads: it stays.
    doc = thread_doc(
        thread + "A worried grandad\nIs there a meeting for people who can't do evenings? Asking.\nReply\n"
    )
    assert "Is there a meeting for people who can't do evenings? Asking." not in {r.text for r in doc.removed}


def test_wpdiscuz_names_whom_a_reply_answers_between_its_name_and_age() -> None:
    thread = (
        "2 Comments\nDerek Haworth\n8 years ago\nI sat in the public gallery for two full council meetings.\n7\nReply\n"
        "Sheila Brannigan\n8 years ago\nThis is the line every chief executive should have read.\n4\nReply\n"
        "Tom Ackroyd\nReply to  Derek Haworth\n8 years ago\nWith respect, that is doing a lot of work.\n1\nReply\n"
    )
    doc = thread_doc(thread)
    assert [(c.author, [r.author for r in c.replies]) for c in doc.comments] == [
        ("Derek Haworth", ["Tom Ackroyd"]),
        ("Sheila Brannigan", []),
    ]


def test_wpdiscuz_guest_badge_under_a_one_word_name_and_a_commenter_called_guest() -> None:
    thread = (
        "3 Comments\nDerek Haworth\n15/03/2022 6:48 pm\nI sat in the public gallery for two full council meetings.\n"
        "7\nReply\nTom\nGuest\n16/03/2022 7:55 am\nThe three measures idea should be adopted everywhere.\n4\nReply\n"
        "Guest\n17/03/2022 9:02 am\nSame columns every year would make the comparison easy.\n1\nReply\n"
    )
    doc = thread_doc(thread)
    assert [(c.author, c.date) for c in doc.comments] == [
        ("Derek Haworth", "2022-03-15"),
        ("Tom", "2022-03-16"),
        ("Guest", "2022-03-17"),
    ]
    assert doc.comments[1].paragraphs == ("The three measures idea should be adopted everywhere.",)


def test_weeblys_comment_form_with_its_full_stop_closes_the_thread_before_the_sidebar() -> None:
    thread = (
        "2 Comments\nLeonie Marsh\n9/15/2016 07:42:11 am\nThanks for writing this up for those who missed it.\nReply\n"
        "Gareth Iley\n10/13/2016 08:35:02 pm\nCame to my first meeting last night. Thanks for the welcome.\nReply\n"
        "Leave a Reply.\nName (required)\nEmail (not published)\nWebsite\nComment\nSubmit\n"
        "Author\nArchives\nSeptember 2016\nJuly 2016\nCategories\nAll\nMeetings\nSchools\n"
    )
    doc = thread_doc(thread)
    assert doc.comments[-1].paragraphs == ("Came to my first meeting last night. Thanks for the welcome.",)
    assert {"Leave a Reply.", "Email (not published)", "Submit", "Archives", "Meetings"} <= {
        r.text for r in doc.removed
    }


def test_a_giscus_thread_reads_its_owners_replies_past_the_badge() -> None:
    thread = (
        "3 comments\ntunde-ok commented on 29 Jan 2023\nYour point about ordinary things done carefully is right.\n"
        "👍 3\n1 reply\n  radeyemi commented on 29 Jan 2023\n  Owner\n  Thank you. I'd love to hear more.\n"
        "Write a reply\nmjcarver commented on 2 Feb 2023\nSmall correction, I think, on the green paper.\n"
    )
    doc = thread_doc(thread)
    assert [(c.author, c.date) for c in doc.comments] == [("tunde-ok", "2023-01-29"), ("mjcarver", "2023-02-02")]
    reply = doc.comments[0].replies[0]
    assert (reply.author, reply.paragraphs) == ("radeyemi", ("Thank you. I'd love to hear more.",))


def test_a_byline_under_the_standfirst_keeps_its_job_and_date_out_of_the_body() -> None:
    # A live blog: its list of key events, long enough to part the byline from the first update,
    # leaves the standfirst as the body's first line.
    standfirst = "Follow the latest reaction from the council, police and campaigners to the report here."
    head = f"A headline for the test\n{standfirst}\nBy\nAnna Keel\nChief Reporter\n10:02, 12 JUL 2022\n"
    events = "".join(f"{h}:00 Update number {h} on the report\n" for h in range(10, 22))
    doc = clean(source(f"{head}Key events\n{events}Show key events only\n{ARTICLE}\n"))
    body = [b.text for b in doc.body]
    assert (doc.author, doc.date) == ("Anna Keel", "2022-07-12")
    assert "Chief Reporter" not in body and "10:02, 12 JUL 2022" not in body
    assert {m.text: m.field for m in doc.metadata}["Chief Reporter"] == "byline"


def test_a_published_and_updated_line_names_nobody() -> None:
    head = "CareerCompass UK\nRoutes into social work\nPublished 18 April 2023 · Last updated 2 January 2024\n"
    doc = clean(source(f"{head}{ARTICLE}\n"))
    assert (doc.title, doc.author, doc.date) == ("Routes into social work", None, "2023-04-18")


def test_one_dated_headline_under_latest_news_is_the_post_not_a_list() -> None:
    head = "Cllr Ann Pike\nHome | About Sandra | News\nLatest News\nCrowther's inquiry: my response\n13th July 2022\n"
    doc = clean(source(f"{head}{ARTICLE}\n"))
    assert (doc.title, doc.date) == ("Crowther's inquiry: my response", "2022-07-13")
    # Several entries under it are a list, whatever follows.
    listing = "Latest News\nBins from Monday\n12th July 2022\nNew surgery times\n1st July 2022\n"
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n{listing}A closing paragraph, long enough to be read.\n"))
    assert {r.text: r.reason for r in doc.removed}.get("Bins from Monday") == "related links"


def test_a_talk_boards_numbered_stamp_under_the_name_heads_each_post() -> None:
    # "NAME" over "#2 · STAMP", the opener's "OP posts:" or the staff's badge between them; a
    # deleted message's head over the notice in its place is no post.
    def post(name: str, number: int, text: str, badge: str = "") -> str:
        stamp = f"#{number} · Tue 10-Feb-15 21:{number:02}:07"
        return f"{name}\n{badge}{stamp}\n{text}\nAdd message | Report | Message poster\n"

    thread = (
        post("Nettlesoup", 2, "YANBU. A matter for Rotherham is exactly the attitude.")
        + post("PearlBarley", 3, "Thank you, I had no idea that was a thing.", "OP posts:\n")
        + post("Doodlebugged", 4, "Message deleted by Hearthside for breaking our Talk Guidelines.")
        + post("HearthsideHQ", 5, "Morning all. We've moved this thread.", "Hearthside staff\n")
    )
    title = "To think every council should be reading the Casey report?"
    doc = clean(source(f"Hearthside\n{title}\n\n{post('PearlBarley', 1, ARTICLE)}\n{thread}"))
    assert (doc.title, doc.author, doc.date) == (title, "PearlBarley", "2015-02-10")
    assert [(c.author, c.paragraphs[0]) for c in doc.comments] == [
        ("Nettlesoup", "YANBU. A matter for Rotherham is exactly the attitude."),
        ("PearlBarley", "Thank you, I had no idea that was a thing."),
        ("HearthsideHQ", "Morning all. We've moved this thread."),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Doodlebugged"] == removed["#4 · Tue 10-Feb-15 21:04:07"] == "deleted comment"
    # Withdrawn at the poster's request: the head goes with the notice, or the notice stands alone.
    withdrawn = "Message withdrawn at poster's request."
    for gone in (post("Doodlebugged", 4, withdrawn), f"{withdrawn}\n"):
        doc = clean(source(f"Hearthside\n{title}\n\n{post('PearlBarley', 1, ARTICLE)}\n{thread}{gone}"))
        assert [c.author for c in doc.comments] == ["Nettlesoup", "PearlBarley", "HearthsideHQ"]
        assert {r.text: r.reason for r in doc.removed}[withdrawn] == "deleted comment"


def test_a_blogger_comment_removed_by_its_author_leaves_no_comment() -> None:
    thread = "\n".join(
        (
            "3 comments:",
            "Pete Lowther said...",
            "I'd push back slightly on that, as the reviews found.",
            "5 March 2015 at 09:47",
            "Delete",
            "Joanne Merridew said...",
            "This comment has been removed by the author.",
            "5 March 2015 at 19:03",
            "Delete",
            "Anonymous said...",
            "For anyone who is a new governor, the association runs a helpline.",
            "6 March 2015 at 08:31",
            "Delete",
        )
    )
    doc = thread_doc(thread)
    assert [(c.author, c.date) for c in doc.comments] == [("Pete Lowther", "2015-03-05"), ("Anonymous", "2015-03-06")]
    removed = {r.text: r.reason for r in doc.removed}
    assert {removed[t] for t in ("Joanne Merridew said...", "5 March 2015 at 19:03")} == {"deleted comment"}


def test_a_parenting_forums_handle_and_stamp_head_each_post() -> None:
    title = "Rochdale review out - what do we make of it?"
    posts = "Horizonblue Thu 20-Dec-12 09:22:07\nA reply, long enough to read as text.\n"
    # (A badge between the handle and the stamp: the opener's, or the forum's staff's.)
    posts += "LancashireLass14 (OP) Thu 20-Dec-12 09:30:12\nThank you, that helps.\n"
    posts += "KateHQ (ParentsNet) Thu 20-Dec-12 10:02:33\nA reminder from us about the talk rules.\n"
    doc = clean(source(f"ParentsNet Talk\n{title}\nLancashireLass14 Thu 20-Dec-12 09:14:33\n{ARTICLE}\n{posts}"))
    assert (doc.title, doc.author, doc.date) == (title, "LancashireLass14", "2012-12-20")
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Horizonblue", "2012-12-20", ("A reply, long enough to read as text.",)),
        ("LancashireLass14", "2012-12-20", ("Thank you, that helps.",)),
        ("KateHQ", "2012-12-20", ("A reminder from us about the talk rules.",)),
    ]
    # A label before a date is no handle.
    doc = clean(source(f"A headline for the test\nPublished Thu 20-Dec-12 09:14\n{ARTICLE}\n"))
    assert (doc.author, doc.date, doc.comments) == (None, "2012-12-20", ())
    doc = clean(source(f"Social worker (children)\nPermanent, full time\nPosted 3 days ago\n{ARTICLE}\n"))
    assert (doc.author, doc.date, doc.comments) == (None, None, ())


def test_a_list_under_a_menus_heading_stops_at_the_byline_and_leaves_the_posts_head() -> None:
    head = "Wander North\nHome\nAbout me\nWork with me\nDay trips\nA weekend in Rotherham\n8th of June, 2019\n"
    doc = clean(source(f"{head}By Cerys Maddox\n{ARTICLE}\n"))
    assert (doc.title, doc.author, doc.date) == ("A weekend in Rotherham", "Cerys Maddox", "2019-06-08")
    assert {r.text: r.reason for r in doc.removed}["Work with me"] == "related links"


def test_what_forum_heads_and_job_lines_must_not_take() -> None:
    # A reply head needs a date or a time: "Response from Rotherham Council, in full" is the article's.
    response = "Response from Rotherham Council, in full\nThe council said it accepted the findings today.\n"
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n{response}"))
    assert doc.comments == () and doc.body[-1].text.startswith("The council said")
    # A headline or a site's name over "Posted DATE" is no poster; a label before a date is no handle.
    for head in (
        "Jo's Blog\nCouncil Responds To Report\nPosted 26 Aug 2014\n",
        "A headline\nVideo posted 3 June 2014\n",
    ):
        doc = clean(source(head + ARTICLE))
        assert doc.author is None and doc.comments == ()
    assert clean(source("Jo's Blog\nCouncil Responds To Report\nPosted 26 Aug 2014\n" + ARTICLE)).title == (
        "Council Responds To Report"
    )
    # A byline with its desk between pipes is no menu; a headline with a comma under a byline is no desk.
    doc = clean(
        source(f"BBC News\nCouncil leader quits\nBy Jane Smith | Home Affairs Correspondent | BBC News\n{ARTICLE}")
    )
    assert (doc.title, doc.author) == ("Council leader quits", "Jane Smith")
    for headline in ("Rotherham, one year on", "A letter to our editor"):
        assert clean(source(f"Wrekin News\nBy Jane Smith\n{headline}\n{ARTICLE}")).title == headline
    # A list of dated posts at the top of the page is a list: its last entry is no headline.
    listing = "Cllr Ann Pike\nLatest News\nBins from Monday\n12th July 2022\nNew surgery times\n1st July 2022\n"
    assert clean(source(listing + ARTICLE)).date is None
    assert find_date("May 15 22-year-old") is None
    assert read_byline("Last updated: 04 Sep 2014") is not None


def test_bulletins_broadcasts_and_minutes_say_when_they_went_out() -> None:
    for line, iso in (
        ("Issued 12th June 2014 | Download as PDF | Unsubscribe", "2014-06-12"),
        ("Sent: Monday 28 January 2013, 08:00", "2013-01-28"),
        ("Broadcast: Thursday 5th Feb 2015, 09:00–10:00", "2015-02-05"),
        ("214,388 views · Premiered Sep 3, 2022", "2022-09-03"),
        ("Minutes of the meeting held on Wednesday, 19 February 2014, at 10.00 a.m. in the Town Hall", "2014-02-19"),
        ("Held on 5/3/15 at 6.00pm in the school library", "2015-03-05"),
    ):
        doc = clean(source(f"Calder Valley Council\nScrutiny Panel: the Jay report\n{line}\n{ARTICLE}\n"))
        assert (doc.title, doc.date) == ("Scrutiny Panel: the Jay report", iso), line
    # A sentence is no label, and an event's date and time (a listing's) are not the page's date.
    assert read_byline("Issued guidance on 12 March 2014 to schools") is None
    for sentence in (
        "Minutes of the meeting held on 10 September 2019 at 7.00pm in the Council Chamber were approved.",
        "Wednesday 4 February 2015 at 10am, Baroness Casey published her report.",
        "Saturday 14 March 2015, 7.30 pm, Main House",
    ):
        assert read_byline(sentence) is None, sentence


def test_a_mail_or_feed_date_with_its_zone_and_a_programmes_hours() -> None:
    assert is_dateline("Mon, 20 Apr 2015 09:00:00 +0100") == "2015-04-20"
    assert is_dateline("Thursday 5th Feb 2015, 09:00–10:00") == "2015-02-05"


def test_a_date_beside_its_byline_or_filing_on_one_segmented_line() -> None:
    byline = read_byline("12.03.09 | by Priya Chaudhary, Social Care Correspondent")
    assert byline is not None and (byline.author, byline.date) == ("Priya Chaudhary", "2009-03-12")
    byline = read_byline("14.03.13 · filed under Essays, Year 2, Policy module · 4 comments")
    assert byline is not None and (byline.date, byline.categories) == (
        "2013-03-14",
        ("Essays", "Year 2", "Policy module"),
    )
    byline = read_byline("24 February 2018 · Anita Gorecki · Child sexual exploitation, Serious case reviews")
    assert byline is not None and (byline.author, byline.date) == (
        None,
        "2018-02-24",
    )  # a bare name is not said to be the author's
    assert read_byline("26 August 2014 — Jay report published, council leader says he will not resign.") is None
    # A headline with commas is no list of labels; a phrase after "By" is nobody's name.
    assert read_byline("3 March 2015 — Six jailed, two brothers among them, for Rotherham abuse") is None
    byline = read_byline("12 March 2015 | By a former social worker")
    assert byline is not None and (byline.author, byline.date) == (None, "2015-03-12")


def test_a_mail_archive_names_each_sender_without_the_address_and_its_subject_is_the_title() -> None:
    head = "list archive\nSubject: Laming progress report - first thoughts\nFrom: Helen Okafor <h.okafor@example.org>\n"
    reply = (
        "Re: Laming progress report - first thoughts\nFrom: Jo Marrable <jo.marrable@example.net>\n"
        "Date: Wed, 25 Apr 2018 11:02:47 +0100\nThanks Helen. Agree it's mostly a progress report, and a modest one.\n"
    )
    doc = clean(source(f"{head}Date: Wed, 25 Apr 2018 09:14:22 +0100\n{ARTICLE}\nBest,\nHelen\n{reply}"))
    assert (doc.title, doc.author, doc.date) == (
        "Laming progress report - first thoughts",
        "Helen Okafor",
        "2018-04-25",
    )
    assert [(c.author, c.date) for c in doc.comments] == [("Jo Marrable", "2018-04-25")]
    assert doc.tags == () and [b.text for b in doc.body][-2:] == ["Best,", "Helen"]  # a sign-off, not tags
    quoted_reply = reply.replace("Jo Marrable <", '"Jo Marrable" <')
    quoted = clean(source(f"{head}Date: Wed, 25 Apr 2018 09:14:22 +0100\n{ARTICLE}\n{quoted_reply}"))
    assert [c.author for c in quoted.comments] == ["Jo Marrable"]
    # A subject among a mail's headers is its title, the subject a course page names is not.
    archive = "list archive\n[list] Laming report\nFrom: Helen Okafor <h@example.org>\nSubject: Laming report\n"
    assert clean(source(f"{archive}Date: Wed, 25 Apr 2018 09:14:22 +0100\n{ARTICLE}\n")).title == "Laming report"
    course = (
        "Northbridge University Library\nSafeguarding: reading list\nSubject: Social Work\nModule leader: Ann Marsh\n"
    )
    assert clean(source(course + ARTICLE)).title != "Social Work"


@pytest.mark.parametrize("tags", ["#python #opendata", "#python\n#opendata"])
def test_a_developer_communitys_post_its_figures_hashtags_and_comment_menus(tags: str) -> None:
    # DEV: the writer and date over the post's figures (reactions, comments, read time), then the
    # headline over its hashtags, on one line or one a line; each comment has a menu and a hide dialog.
    page = (
        "Skip to content\nNavigation menu\nForge Community\nLog in\n\nHannah Kettering\n"
        "Posted on Mar 7, 2022 • Updated on Mar 9, 2022\n❤️ 🦄 🔥 27 reactions\n2 comments\n• 8 min read\n"
        f"Parsing two decades of recommendations with Python\n{tags}\n\n{ARTICLE}\nEnter fullscreen mode\n"
        "Exit fullscreen mode\n\nTop comments (2)\nSubscribe\nAdd to the discussion\n\nOla Brennan\n• Mar 8 '22\n"
        "Dropdown menu\nCopy link\nHide\nGreat write-up. Did you try splitting by font size instead?\n3 likes\nLike\n"
        "Reply\n\nTheo Marchetti\n• Mar 10 '22\nThanks for being careful about framing.\nLike\nReply\n"
        "Are you sure you want to hide this comment? It will become hidden in your post, but will still be visible "
        "via the comment's permalink.\nHide child comments as well\nConfirm\n"
        "For further actions, you may consider blocking this person and/or reporting abuse\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date, doc.tags) == (
        "Parsing two decades of recommendations with Python",
        "Hannah Kettering",
        "2022-03-07",
        ("python", "opendata"),
    )
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Ola Brennan", ("Great write-up. Did you try splitting by font size instead?",)),
        ("Theo Marchetti", ("Thanks for being careful about framing.",)),
    ]


def test_a_membership_platforms_post_its_prompts_sign_off_tags_and_creators_replies() -> None:
    # Patreon: the page's prompts over the post ("Become a member", "Public post"), the writer's
    # sign-off over its tags, the creator badged in the replies, the tiers after the thread.
    page = (
        "Log in\nStart your own page\nListen First Campaign\ncreating campaign updates and open meetings\n"
        "412 members\nHome\nPosts\nAbout\nBecome a member\nJoin for free\n\n"
        "Ffion Carraway\nJul 13, 2022 at 6:05 PM\nPublic post\n"
        f"What the inquiry report means for our campaign\n\n{ARTICLE}\n\n— Ffion\n\nCampaign update\nTelford\n148\n"
        "Like\n\n2 comments\n\nNadia Sultan\nJul 13, 2022\nCount me in for the letters.\nLike\nReply\n\n"
        "    Ffion Carraway\n    Creator\n    Jul 13, 2022\n    Thank you Nadia, I'll add you tonight.\n    Like\n"
        "    Reply\n\nLoad replies\n\nSelect a membership level\nSupporter\n£3 / month\nJoin\n"
        "Helps cover hosting, printing and train fares.\n"
    )
    doc = clean(source(page))
    assert (doc.site, doc.title, doc.author, doc.categories, doc.tags) == (
        "Listen First Campaign",
        "What the inquiry report means for our campaign",
        "Ffion Carraway",
        (),
        ("Campaign update", "Telford"),
    )
    assert [b.text for b in doc.body] == [*ARTICLE.split("\n"), "— Ffion"]
    assert [(c.author, [r.author for r in c.replies]) for c in doc.comments] == [("Nadia Sultan", ["Ffion Carraway"])]
    assert "Helps cover hosting, printing and train fares." in {r.text for r in doc.removed}


def test_a_mastodon_thread_its_poster_date_under_the_hashtags_replies_and_server_box() -> None:
    page = (
        "socialwork.example.net\nExplore\nLog in\n\nBack\nRowan Hale\n@rowanhale@socialwork.example.net\n"
        f"Ten years since the review: a short thread\n{ARTICLE}\n#SocialWork #Munro\nMay 10, 2021, 08:47 PM\n"
        "·\nWeb\n·\n38 boosts\n\nsam (mostly lurking)\n@sam@kith.example.org\nMay 11, 2021\n"
        "@rowanhale Found this thread via a reading list for my placement.\n0\n3\n\n"
        "socialwork.example.net is one of the many independent Mastodon servers you can use to participate in the "
        "fediverse.\nAdministered by:\nNgozi (she/her)\n@ngozi\nServer stats:\n1.4K\nactive users\n"
    )
    doc = clean(source(page))
    assert (doc.author, doc.date, doc.tags) == ("Rowan Hale", "2021-05-10", ("SocialWork", "Munro"))
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("sam (mostly lurking)", "2021-05-11", ("@rowanhale Found this thread via a reading list for my placement.",))
    ]
    assert {"Ngozi (she/her)", "@ngozi", "active users"} <= {r.text for r in doc.removed}


def test_a_mailman_archive_spells_out_each_address_and_lists_the_follow_ups() -> None:
    # Pipermail prints "NAME address at host" under the subject, then the date; a follow-up quotes
    # its parent line by line after "On DATE, NAME wrote:"; the list's own foot closes each message.
    head = "[Casework] Reading the inspection report\nTom Aldous t.aldous at dept.example.org\n"
    head += "Wed Feb 4 17:32:05 GMT 2015\nPrevious message: [Casework] Seminar dates\n"
    foot = (
        "_______________________________________________\nCasework mailing list\nCasework at lists.example.org\n"
        "https://lists.example.org/mailman/listinfo/casework\n"
    )
    quoted = ARTICLE.split("\n")[1]
    follow_ups = (
        "Follow-ups in this thread (2)\n\n    Re: [Casework] Reading the inspection report\n"
        "    Priya Raman priya.raman at uni.example.net\n    Thu Feb 5 09:03:44 GMT 2015\n"
        f"    On Wed, 4 Feb 2015 at 17:32, Tom Aldous wrote:\n    > {quoted}\n\n"
        "    Thanks Tom, I agree with that and will bring copies.\n\n    Priya\n\n"
        "    Re: [Casework] Reading the inspection report\n    j.beckett at example.net\n"
        "    Thu Feb 5 22:41:17 GMT 2015\n    Lurker here: the member-scrutiny part is the one to push on.\n"
    )
    doc = clean(source(f"{head}{ARTICLE}\nTom\n{foot}\n{follow_ups}"))
    assert (doc.title, doc.author, doc.date) == ("[Casework] Reading the inspection report", "Tom Aldous", "2015-02-04")
    assert [b.text for b in doc.body] == [*ARTICLE.split("\n"), "Tom"]
    assert [(c.author, c.date) for c in doc.comments] == [
        ("Priya Raman", "2015-02-05"),
        ("(name withheld)", "2015-02-05"),
    ]
    first = doc.comments[0]
    assert first.quote is not None and first.paragraphs[0] == "Thanks Tom, I agree with that and will bring copies."
    assert {r.text: r.reason for r in doc.removed}["Casework mailing list"] == "site footer"


def test_controls_pagers_and_a_channels_name_over_its_followers_are_furniture() -> None:
    rows = ["Search | Sign in", "Log in | Register", "Watch | 1 2 3 Next", "<< Back to Blog | Newer Post >>"]
    rows += ["Rotherham | Sign in"]
    reasons = [furniture_reason(row) for row in rows]
    control_rows(rows, reasons)
    assert reasons == ["navigation"] * 4 + [None]
    # A site's whole menu on one line runs past a short line's length.
    menu = " | ".join(("MyPlace", "Home", "Browse", "Search", "Invite", "Film", "Mail", "Blog", "Favorites", "Forum"))
    menu += " | Groups | Events | Videos | Music | Comedy | Classifieds"
    assert len(menu) > 120 and furniture_reason(menu) == "navigation"
    assert furniture_reason("[Date Prev][Date Next][Thread Prev]") == "navigation"
    assert furniture_reason("[long pause] [crying]") is None  # a transcript's, not links
    doc = clean(source(f"Search | Sign in\nWrekin News\nCouncil leader quits\nBy Jane Smith\n{ARTICLE}\n"))
    assert (doc.site, doc.title) == ("Wrekin News", "Council leader quits")
    table = "Year | Referrals\n2013 | 157\n2014 | 212\nA closing paragraph, long enough to be read as writing.\n"
    assert "2014 | 212" in [b.text for b in clean(source(f"A headline for the test\n{ARTICLE}\n{table}")).body]
    assert furniture_reason("Skip navigation") == "navigation"
    texts = ["Northern Lens Docs", "186K subscribers", "Written by Hasan Mirza", "1.2K Followers"]
    reasons = [furniture_reason(t) for t in texts]
    panel_values(texts, reasons)
    assert reasons == ["share or follow widget"] * 2 + [None, "share or follow widget"]  # a byline stays one
    # A button to follow the site or the writer, over the networks it may be followed on.
    texts = ["Follow The Wrekin Courier", "Facebook", "Follow up on the review", "Twitter", "Follow Rachel"]
    reasons = [furniture_reason(t) for t in texts]
    panel_values(texts, reasons)
    assert reasons == ["share or follow widget"] * 2 + [None, "share or follow widget", None]


def test_a_section_label_files_the_post_and_a_weekdays_time_is_relative() -> None:
    byline = read_byline("Section: Safeguarding and professional practice")
    assert byline is not None and byline.categories == ("Safeguarding and professional practice",)
    head = "South Yorks Life\nLog in | Register\nMarkets and library move - anyone been?\n"
    thread = (
        "Thread starter Wickersley_Wanderer · Start date Monday at 8:03 PM\nWickersley_Wanderer\nMonday at 8:03 PM\n"
    )
    doc = clean(source(f"{head}{thread}{ARTICLE}\n"))
    assert (doc.title, doc.author, doc.date) == ("Markets and library move - anyone been?", "Wickersley_Wanderer", None)
    # A rota's "Tuesday at 6.30" under a volunteer's name heads no comment.
    rota = (
        "Ruth Brennan\nTuesday at 6.30\nRuth has been with us for ten years and runs the Tuesday group for parents.\n"
    )
    assert clean(source(f"A headline for the test\n{ARTICLE}\n{rota}")).comments == ()


def test_forum_buttons_site_chrome_and_notices_are_furniture_and_short_headings_are_not() -> None:
    for line in (
        "Find out more",
        "View cookie policy",
        "Accessibility",
        "Quick exit",
        'Press Esc or click "Quick exit" to leave this site immediately.',
        "Comments have been disabled on this article for legal reasons.",
        "This website has not been paid for from parliamentary resources.",
        "View user's profile",
        "Send private message",
        "Post a message",
        "Show all 12 posts",
        "Rotherham Talk Forum Index -> Off Topic",
        "Goto page 1, 2, 3 Next",
        "View previous topic :: View next topic",
    ):
        assert furniture_reason(line, is_prose(line)) is not None, line
    for heading in ("Events", "Jobs", "Profile", "Forwarded from my sister", "Minutes of March.docx"):
        assert furniture_reason(heading) is None, heading
    # phpBB's column heads over its posts name nobody.
    assert read_split_byline("Author", "Message") is None
    assert read_split_byline("Author", "Jane Smith") is not None


def test_sentences_in_the_sidebar_after_the_articles_end_are_furniture() -> None:
    sidebar = "Filed under: Policy responses\nMedia centre\n"
    sidebar += "Journalists can contact our press office at any hour of the day or night.\nDonate today\n"
    sidebar += "Hear about our work, our campaigns and how you can help them.\nSign up\nBack to top\n"
    article = "\n".join(
        f"Paragraph {n} of the statement, long enough to read as its writing, says this." for n in range(8)
    )
    doc = clean(source(f"A headline for the sidebar test\n12 May 2011\n{article}\nSigned,\n{sidebar}"))
    assert [b.text for b in doc.body] == [*article.split("\n"), "Signed,"]  # a sign-off stays with the text
    assert doc.categories == ("Policy responses",)
    removed = [r.text for r in doc.removed]
    assert "Journalists can contact our press office at any hour of the day or night." in removed
    assert "Hear about our work, our campaigns and how you can help them." in removed


def test_sections_under_their_own_headings_after_a_list_of_links_are_the_articles() -> None:
    article = "\n".join(
        f"Paragraph {n} of the report, long enough to read as its writing, says this." for n in range(8)
    )
    sections = "What the report found\nThe report found that agencies had failed children for years on end.\n"
    sections += "What happens next\nThe council will publish its plan for the children's services next month.\n"
    page = (
        f"A headline for the sections test\n12 May 2011\n{article}\nRelated stories\nA link\nAnother link\n{sections}"
    )
    doc = clean(source(page + "Share\n"))
    assert doc.body[-1].text == "The council will publish its plan for the children's services next month."


def test_a_newsletters_heading_over_its_form_is_furniture_and_an_events_is_not() -> None:
    box = (
        "Sign up for Marches Dispatch\nLocal reporting, free in your inbox every Friday, from the border.\nSubscribe\n"
    )
    event = "Sign up for the sponsored walk\nWe walk from the town hall to the park on the first Sunday in May.\n"
    doc = clean(source(f"A headline for the sign-up test\n12 May 2011\n{ARTICLE}\n{event}{box}Share\n"))
    body = [b.text for b in doc.body]
    assert body[-2:] == event.strip().split("\n")
    assert [r.reason for r in doc.removed if r.text.startswith("Sign up")] == ["subscription prompt"]


def test_a_forums_topic_map_labels_are_furniture_beside_their_figures() -> None:
    texts = ["Reply", "created", "20 Oct '22", "last reply", "20h", "734", "views", "6", "users", "links"]
    reasons = [furniture_reason(t) for t in texts]
    panel_values(texts, reasons)
    assert reasons[1:5] == ["counter"] * 4
    assert (reasons[8], reasons[9]) == ("counter", None)  # "links" follows a label, not a figure


def test_a_papers_name_over_its_letters_page_is_no_byline() -> None:
    head = "Rotherham Advertiser\nLetters to the Editor\nTime our roads were fixed\n12 May 2011\n"
    doc = clean(source(head + ARTICLE))
    assert doc.author is None


def test_a_thread_the_rules_cannot_read_below_the_articles_end_is_kept() -> None:
    comments = [f"Comment {n}: why would anyone trust this lot with a plan for ten years? " * 3 for n in range(3)]
    thread = "".join(f"Reader {n} - 3 days ago\n{text.strip()}\nReply - {n} up\n" for n, text in enumerate(comments))
    head = "A headline for the thread test\n12 May 2011\n"
    doc = clean(source(f"{head}{ARTICLE}\nRelated\nA link\nAnother link\n{thread}"))
    kept = [b.text for b in doc.body] + [p for c in doc.comments for p in c.paragraphs]
    assert all(text.strip() in kept for text in comments)


def test_an_article_goes_on_below_a_list_of_links_in_its_middle() -> None:
    related = "Related\nCouncil leader quits over report\nPolice chief sorry after report\n"
    more = "Paragraph 5 goes on after the list, at the length of a sentence here.\n"
    more += "Paragraph 6 goes on after the list, at the length of a sentence here.\n"
    doc = clean(source(f"A headline for the list test\n12 May 2011\n{ARTICLE}\n{related}{more}Share\n"))
    assert [b.text for b in doc.body] == [*ARTICLE.split("\n"), *more.strip().split("\n")]


def test_ghosts_comment_heads_abbreviate_the_time_and_may_lead_with_a_credential() -> None:
    thread = "6 comments\nLorna Baxter\nFoster carer · 2 yr ago\nThank you for following it up.\nLike\nReply\n"
    thread += "    Owen Thackeray\n    2 yr ago\n    Hold me to it, Lorna.\n    Like\n    Reply\n"
    thread += "Danny Welsh\n2 yr ago · Edited\nI was at school in Telford.\nLike\nReply\n"
    doc = clean(source(f"A headline for the Ghost test\n13 July 2022\n{ARTICLE}\n{thread}"))
    tree = [(c.author, c.paragraphs, [r.author for r in c.replies]) for c in doc.comments]
    assert tree == [
        ("Lorna Baxter", ("Thank you for following it up.",), ["Owen Thackeray"]),
        ("Danny Welsh", ("I was at school in Telford.",), []),
    ]


def test_a_blogs_pager_links_and_a_comments_likes_are_read() -> None:
    # Squarespace: "Previous" / a title / "Next" / a title; each comment's time carries its likes.
    pager = "Previous\nWhat the Telford report means for families\nNext\nStill here: notes from a year of speaking\n"
    thread = "Comments (2)\nAmanda K\n2 years ago · 3 likes\nI read this on the bus.\nReply\n"
    thread += "Dave W\n2 years ago · 1 like\nThank you for writing it.\nReply\n"
    doc = clean(source(f"A headline for the pager test\nAugust 26, 2022\n{ARTICLE}\n{pager}{thread}"))
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["What the Telford report means for families"] == "navigation"
    assert reasons["Still here: notes from a year of speaking"] == "navigation"
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Amanda K", ("I read this on the bus.",)),
        ("Dave W", ("Thank you for writing it.",)),
    ]


def test_a_bulletins_contents_list_ends_above_the_headline_over_its_byline() -> None:
    # A mailing lists its contents under "In this issue"; the article's own headline, right over
    # its byline, closes that run and is no link.
    head = "Parents' Alliance\nBulletin No. 14\nIn this issue\nAfter the report\nDates for your diary\n"
    headline = "After the report: what happens now, and how you can help"
    doc = clean(source(f"{head}{headline}\nAuthor: Margaret Ashdown\n{ARTICLE}"))
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["After the report"] == reasons["Dates for your diary"] == "related links"
    assert (doc.title, doc.author) == (headline, "Margaret Ashdown")


def test_a_related_list_under_the_headline_stays_a_list_over_the_byline() -> None:
    # Unlike a mailing's contents, a "Related" list under the headline ends in a link, not the headline.
    page = "Gazette\nCouncil apologises to families after the review\nRelated\nPolice chief to face questions\n"
    doc = clean(source(f"{page}School heads write to parents\nBy Jane Smith\n{ARTICLE}"))
    assert (doc.title, doc.author) == ("Council apologises to families after the review", "Jane Smith")
    assert {r.text: r.reason for r in doc.removed}["School heads write to parents"] == "related links"


def test_a_consent_answer_is_furniture_only_beside_its_banner() -> None:
    banner = "We use cookies to give you the best experience of our website.\nYes, I'm happy\n"
    thread = "1 Comment\nDaleWatcher\n2 years ago\nYes, I'm happy\nReply\n"
    doc = clean(source(f"{banner}A headline for the consent test\n{ARTICLE}\n{thread}"))
    assert [r.reason for r in doc.removed if r.text == "Yes, I'm happy"] == ["cookie notice"]
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("DaleWatcher", ("Yes, I'm happy",))]
    # Its buttons one under another, over the site's name.
    ok_thread = thread.replace("Yes, I'm happy", "OK")
    banner = (
        "This website uses cookies. By continuing to browse you agree.\nOK\nMore information\nSafe Childhoods Trust\n"
    )
    doc = clean(source(f"{banner}A headline for the consent test\nBy Jo Hale\n{ARTICLE}\n{ok_thread}"))
    assert [r.text for r in doc.removed if r.reason == "cookie notice"][1:] == ["OK", "More information"]
    assert doc.site == "Safe Childhoods Trust" and [c.paragraphs for c in doc.comments] == [("OK",)]
    banner = banner.replace("OK\nMore information", "Accept\nMore options")
    doc = clean(source(f"{banner}A headline for the consent test\nBy Jo Hale\n{ARTICLE}\n{ok_thread}"))
    assert [r.text for r in doc.removed if r.reason == "cookie notice"][1:] == ["Accept", "More options"]
    assert doc.site == "Safe Childhoods Trust"


def test_a_breadcrumb_over_a_dateline_heads_no_reply() -> None:
    # ">" parts a breadcrumb as well as a Disqus reply's names; a reply prints a relative time.
    doc = clean(source(f"Gazette\nNews > Local News\n12 March 2015\nA headline for the crumb test\n{ARTICLE}"))
    assert (doc.author, doc.comments) == (None, ())
    assert [b.text for b in doc.body] == ARTICLE.split("\n")


def test_a_reply_head_naming_a_commenter_above_nests_the_reply_under_a_dateline() -> None:
    thread = "Comments (3)\ngrannyknot\n12 Mar 2009 19:31\nEvery word of this is true.\nReply\n"
    thread += "Pedant1066\n12 Mar 2009 19:52\nThe usual hand-wringing.\nReply\n"
    thread += "Clarion_Call > Grannyknot\n12 Mar 2009 21:02\nHealth visitors are unsung heroes.\nReply\n"
    doc = clean(source(f"A headline for the reply test\n{ARTICLE}\n{thread}"))
    tree = [(c.author, [r.author for r in c.replies]) for c in doc.comments]
    assert tree == [("grannyknot", ["Clarion_Call"]), ("Pedant1066", [])]


def test_an_events_list_is_no_forum_post_and_a_signature_is_no_title() -> None:
    events = "Dates for your diary\n12 March 2015\nPublic Meeting\nAll parents welcome\nLocation: Rotherham Town Hall\n"
    later = ARTICLE.replace("Paragraph", "Later paragraph")
    doc = clean(source(f"A headline for the events test\n{ARTICLE}\n{events}{later}"))
    assert doc.comments == ()
    assert [b.text for b in doc.body][-4:] == later.split("\n")
    # A post's one line over its signature is the post, whatever the panel above it.
    post = _vbulletin_post(
        "13-11-2008, 21:40", 2, "Pebbledash", "Agreed, well said.\n__________________\nUp the Millers"
    )
    page = _vbulletin_post("13-11-2008, 21:14", 1, "Kestrel_71", f"Serious case review summary\n{ARTICLE}") + post
    doc = clean(source("Talk Board\nThread Tools\n" + page))
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("Pebbledash", ("Agreed, well said.",))]


def test_a_social_networks_comments_are_a_name_its_text_and_its_buttons() -> None:
    post = "Parents' Network\n3 March 2015 at 16:20 · Shared with Public\n" + ARTICLE
    thread = (
        "\n214\n87 comments\nLike\nComment\nShare\nMost relevant\n"
        "Lorraine Fitch\nRead it on my lunch break. I'm so angry and so sad.\nLike · Reply · 2y\n41\n"
        "Marcus Oyelaran\nTop fan\nRetired at Calder Valley Fire and Rescue\n"
        "Same story as Rotherham last August.\nIt is the same pattern.\n"
        "Like · Reply · Edited · 2y\n28\n"
        "Paula Mercer\nAnyone who needs to talk, ring the pastoral office.\nLike\nReply\n8y\n"
        "    Dean Whitcombe\n    Thanks Paula. Is that the new number?\n    Like\n    Reply\n    8y\n"
        "View 2 more replies\nKelly Marsh-Owen\nThe review of the crossing patrol is overdue.\nLike · Reply · 2y\n"
        "View more comments\n"
    )
    doc = clean(source(post + thread))
    assert [(c.author, c.paragraphs, [r.author for r in c.replies]) for c in doc.comments] == [
        ("Lorraine Fitch", ("Read it on my lunch break. I'm so angry and so sad.",), []),
        ("Marcus Oyelaran", ("Same story as Rotherham last August.", "It is the same pattern."), []),
        ("Paula Mercer", ("Anyone who needs to talk, ring the pastoral office.",), ["Dean Whitcombe"]),
        ("Kelly Marsh-Owen", ("The review of the crossing patrol is overdue.",), []),
    ]
    assert all(c.date is None for c in doc.comments)  # "2y" says how long ago, not when
    # The buttons with the age are chrome, listed as removed; the line of the commenter's profile is theirs.
    assert [r.text for r in doc.removed].count("Like · Reply · 2y") == 2
    assert "Like · Reply · Edited · 2y" in [r.text for r in doc.removed]
    profile = ("Retired at Calder Valley Fire and Rescue", "commenter's profile")
    assert profile in [(m.text, m.field) for m in doc.metadata]


def test_a_social_networks_page_prints_its_intro_box_over_the_post_and_its_title_under_the_audience() -> None:
    # The page's "Intro" box (its description, over the page's kind) is the sidebar's, not the post's
    # text; the post's head is the page's name over its date, its short first line the title.
    head = "Log In\nCllr Ann Lee\n1.2K likes • 1.4K followers\nPosts\nAbout\nPhotos\nIntro\n"
    head += "Councillor for Eastwood ward on Tidewater Borough Council. Surgeries every first Saturday.\n"
    head += "Page · Politician\nSee all photos\n\nCllr Ann Lee\n26 August 2019 ·\nShared with Public\n"
    head += "Five years since the report\n"
    thread = "\n87\n23 comments\nLike\nComment\nShare\nMost relevant\n"
    thread += "Most relevant is selected, so some comments may have been filtered out.\n"
    thread += "Lorraine Fitch\nRead it on my lunch break and I'm so glad you wrote this.\nLike · Reply · 5y\n"
    doc = clean(source(head + ARTICLE + thread))
    assert (doc.title, doc.author, doc.date) == ("Five years since the report", "Cllr Ann Lee", "2019-08-26")
    assert [line.text for line in doc.body] == ARTICLE.splitlines()
    assert [c.author for c in doc.comments] == ["Lorraine Fitch"]
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Page · Politician"] == reasons["Intro"] == "journal sidebar"
    assert reasons["Most relevant is selected, so some comments may have been filtered out."] == "comment form"


def test_a_social_post_and_its_replies_are_headed_by_a_name_over_the_handle_made_of_it() -> None:
    head = "Skein\nSign in\nCreate account\nPost\nMarion Teale\n@marionteale.example.net\n+ Follow\n"
    counts = "26 August 2024 at 09:02\nEverybody can reply\n142 reposts\n18 quotes\n511 likes\nReply\nRepost\nLike\n"

    def reply(name: str, handle: str, text: str) -> str:
        return f"{name}\n{handle}\n· 1y\n{text}\n💬 0\n🔁 4\n❤️ 37\n"

    thread = reply("Kwame Asante-Lowe", "@kwame.example.org", "Police side: the biggest change was the listening.")
    thread += reply("Jon Pardoe", "@jpardoe.example.com", "Agree. The inquiry said what had happened.")
    doc = clean(source(head + ARTICLE + "\n" + counts + thread))
    assert (doc.site, doc.author, doc.date) == ("Skein", "Marion Teale", "2024-08-26")
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert [(c.author, c.date, c.paragraphs[0][:6]) for c in doc.comments] == [
        ("Kwame Asante-Lowe", None, "Police"),
        ("Jon Pardoe", None, "Agree."),
    ]
    assert {"Everybody can reply", "142 reposts", "18 quotes", "Repost"} <= {r.text for r in doc.removed}


def test_a_pages_own_posts_print_each_comments_age_over_its_buttons_and_the_page_answers_by_name() -> None:
    post = "Parishbook\nLog in\nCllr Nadia Farooq – Moorside Ward\n27 September 2022 at 18:05 · 🌍\n" + ARTICLE
    thread = "\n👍❤️ 214\n38 comments\n21 shares\nLike\nShare\nMost relevant\n"
    thread += "Shabana Qureshi\nThank you Nadia. The young people's panel matters.\n2y\nLike\nReply\n12\n"
    thread += "Barry Nuttall\nTen years on and we're still waiting.\n2y\nLike\nReply\n7\n"
    thread += "Cllr Nadia Farooq – Moorside Ward\nAuthor\nBarry, I understand the anger.\n2y\nLike\nReply\n15\n"
    thread += "View more comments\nWrite a comment…\n"
    doc = clean(source(post + thread))
    authors = ["Shabana Qureshi", "Barry Nuttall", "Cllr Nadia Farooq – Moorside Ward"]
    assert [c.author for c in doc.comments] + [r.author for c in doc.comments for r in c.replies] == authors
    assert all(c.date is None for c in doc.comments)
    assert doc.body[-1].text.startswith("Paragraph 4")


def test_a_name_over_text_is_no_comment_without_a_reply_button_under_it() -> None:
    article = (
        "A headline for the test\nBy Jane Lee\n" + ARTICLE + "\nThe main things it says:\n"
        "- the girls did tell people\n- nobody listened to them\nNext Steps\n"
        "The council will publish its plan in the spring, and it says it will consult on it.\nLike\nShare\n"
    )
    doc = clean(source(article))
    assert doc.comments == ()
    assert {"Next Steps", "The main things it says:"} <= {b.text for b in doc.body}


def test_a_comment_count_over_a_dated_comment_is_no_commenter() -> None:
    thread = "\nShare\n3 Comments\nRay Hollis\n5 March 2015 at 8:14 am\nThank you Helen, more of that please.\nReply\n"
    doc = clean(source("A headline for the test\nBy Jane Lee\n" + ARTICLE + thread))
    assert [(c.author, c.date) for c in doc.comments] == [("Ray Hollis", "2015-03-05")]


def test_a_reddit_post_under_its_flair_and_its_thread_over_the_sidebar() -> None:
    page = (
        "r/BritishSocialPolicy\nUser account menu\nPosted by u/salop_lurker · 3 yr. ago\nNews\n"
        "Telford inquiry report out today. How are we still here after Rotherham and Rochdale?\n"
        + ARTICLE
        + "\n84 Comments\nShare\nSort By: Best\n"
        "OldMillTown · 3 yr. ago\nI grew up in Telford. Everyone at my school knew.\n412 points\nReply Share\n"
        "    [deleted] · 3 yr. ago\n    [removed]\n    Reply Share\n"
        "        Brew_Not_Bluster · 3 yr. ago\n        Whatever that said, it got removed for a reason.\n"
        "        57 points\n        Reply Share\n3 more replies\nView more comments\nAbout Community\n"
        "Discussion of UK social policy: health, housing, welfare and children's services.\nCreated Mar 3, 2014\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author) == (
        "Telford inquiry report out today. How are we still here after Rotherham and Rochdale?",
        "salop_lurker",
    )
    tree = [
        (c.author, c.paragraphs, [(r.author, [rr.author for rr in r.replies]) for r in c.replies]) for c in doc.comments
    ]
    assert tree == [
        ("OldMillTown", ("I grew up in Telford. Everyone at my school knew.",), [("[deleted]", ["Brew_Not_Bluster"])])
    ]
    removed = {r.text for r in doc.removed}
    assert {"User account menu", "412 points", "Reply Share", "3 more replies", "Created Mar 3, 2014"} <= removed


def test_a_flair_over_a_headline_is_no_mails_recipient_over_a_wrapped_paragraph() -> None:
    mail = (
        "uk.politics.misc\nColin Ashworth\nunread,\nSep 27, 2012, 6:18:44 PM\nto\n"
        "The Rochdale Borough Safeguarding Children Board has published its\n"
        "review of how the agencies responded to the exploitation of girls in\n"
        "the town, following the convictions in May, and it makes for hard reading.\n"
        "Headline finding, as far as I can tell from the summary: girls who\n"
        "went to police and social services were treated as if they were making\n"
        "a lifestyle choice, and their reports were not followed up at all.\n"
    )
    doc = clean(source(mail))
    assert doc.title != "The Rochdale Borough Safeguarding Children Board has published its"
    assert doc.body[0].text.startswith("The Rochdale Borough Safeguarding Children Board has published its")


def test_a_facebook_pages_name_over_its_post_is_the_site_and_the_posts_first_line_its_title() -> None:
    page = (
        "Log In\nCreate new account\nOxford East Parents Network\nCommunity\n1,940 people follow this\nLike\n"
        "Oxford East Parents Network\n3 March 2015 at 18:40 ·\n"
        "Oxfordshire serious case review: what it says, and our meeting on the 12th\n"
        + ARTICLE
        + "\n23 comments\nLike\nComment\nShare\nMost relevant\nKaren Whitlock\nThank you for this.\n"
        "Like · Reply · 10y\n3\nTop fan\nDee Okonjo\n370 children. I keep typing that number.\nLike · Reply · 10y\n12\n"
        "    Author\n    Oxford East Parents Network\n    Dee, the review says the pieces were there.\n"
        "    Like · Reply · 10y\n"
    )
    doc = clean(source(page))
    assert (doc.site, doc.author, doc.date) == (
        "Oxford East Parents Network",
        "Oxford East Parents Network",
        "2015-03-03",
    )
    assert doc.title == "Oxfordshire serious case review: what it says, and our meeting on the 12th"
    tree = [(c.author, [r.author for r in c.replies]) for c in doc.comments]
    assert tree == [("Karen Whitlock", []), ("Dee Okonjo", ["Oxford East Parents Network"])]
    assert {"Top fan", "Author", "1,940 people follow this"} <= {r.text for r in doc.removed}


def test_a_blogs_description_in_two_sentences_is_no_title_over_a_short_one() -> None:
    page = (
        "Don Valley Notebook\nNotes from a retired teacher in South Yorkshire. Opinions my own, spelling mine.\n"
        "Tuesday, 26 August 2014\nFourteen hundred\n" + ARTICLE
    )
    doc = clean(source(page))
    assert (doc.site, doc.title) == ("Don Valley Notebook", "Fourteen hundred")
    assert {r.reason for r in doc.removed if r.text.startswith("Notes from")} == {"site tagline"}


def test_a_tumblr_post_under_the_blogs_description_and_menu() -> None:
    page = (
        "small print, loud voice\nnorthern lass. reads the reports so you don't have to. she/her. tea, trains.\n"
        "Archive\nAsk me anything\nSubmit a post\nFollow\nnorthernlass\n"
        "i read the whole jay report so you don't have to (but you should)\n" + ARTICLE + "\nAug 28th, 2014\n"
        "1,204 notes\nTagged: #rotherham, #jay report, #long post\n"
    )
    doc = clean(source(page))
    assert (doc.site, doc.author, doc.date) == ("small print, loud voice", "northernlass", "2014-08-28")
    assert doc.title == "i read the whole jay report so you don't have to (but you should)"
    assert doc.tags == ("rotherham", "jay report", "long post")
    assert doc.body[0].text.startswith("Paragraph 1")
    assert {"Archive", "Ask me anything", "Submit a post"} <= {r.text for r in doc.removed}


def test_a_tumblr_post_under_the_hosts_bar_tagged_and_dated_at_its_foot_with_replies_among_its_notes() -> None:
    # The host's bar names the account ("quietnorth" / "Follow" / "Join Tumblr"); the blog's title
    # and description over a menu with "Submit" in it; the post's lower-case title; its hashtags,
    # some of two words, then its date, under the text; "NAME replied:" heads a note.
    page = (
        "quietnorth\nFollow\nJoin Tumblr\nQuiet Northern Things\n"
        "small town, big sky, too many feelings. she/her. south yorkshire to leeds.\n"
        "Ask me anything\nSubmit\nArchive\n"
        f"on the jay report, and being from there\n{ARTICLE}\nAnyway. Long day, and lights off at nine now.\n"
        "#rotherham\n#jay report\n#long post\n8/27/2014\n"
        "312 notes\nmoorlandmagpie liked this\nquietharbour replied:\nthank you for writing this, really.\n"
        "lowlightlucy liked this\n"
    )
    doc = clean(source(page))
    assert (doc.site, doc.title, doc.date) == (
        "Quiet Northern Things",
        "on the jay report, and being from there",
        "2014-08-27",
    )
    assert doc.tags == ("rotherham", "jay report", "long post")
    assert (doc.body[0].text[:11], doc.body[-1].text) == (
        "Paragraph 1",
        "Anyway. Long day, and lights off at nine now.",
    )
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("quietharbour", ("thank you for writing this, really.",))
    ]
    assert {"quietnorth", "Follow", "Join Tumblr"} <= {r.text for r in doc.removed}
    # A reader's "she replied:" in a comment heads nothing.
    assert clean(source(page.replace("quietharbour replied:", "she replied:"))).comments == ()
    # Or dated over its counts and buttons, the hashtags under them, over the notes, after a short sign-off.
    top, _, _ = page.partition(ARTICLE)
    foot = "Anyway. Long day. Lights off at nine.\nPosted on Wednesday, September 3rd, 2014\n41 notes\nReblog\nLike\n"
    foot += "#youth work\n#rotherham\n#council\n\nNotes\nmoorlandmagpie liked this\n"
    doc = clean(source(f"{top}{ARTICLE}\n{foot}"))
    assert (doc.date, doc.tags) == ("2014-09-03", ("youth work", "rotherham", "council"))


def test_a_medium_post_published_in_a_publication_and_its_author_box() -> None:
    page = (
        "Open in app\nSign in\nPublished in Casework\n"
        "Munro told us to trust our judgement. Then we read about Rotherham.\nHannah Okafor\nFollow\n7 min read\n"
        "Mar 4, 2018\n312\nListen\nShare\n" + ARTICLE + "\nWritten by Hannah Okafor\n1.1K Followers\n"
        "·Writer for Casework\nFormer child protection social worker. Views are my own and occasionally my cat's.\n"
        "Follow\nResponses (1)\nTom Walsh\nMar 5, 2018\nThe best thing I've read on Munro in years.\nReply\n"
        "See all responses\nHelp\nPress\nTeams\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "Munro told us to trust our judgement. Then we read about Rotherham.",
        "Hannah Okafor",
        "2018-03-04",
    )
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert [c.author for c in doc.comments] == ["Tom Walsh"]
    assert {"·Writer for Casework", "See all responses", "Press", "Teams"} <= {r.text for r in doc.removed}


@pytest.mark.parametrize(
    "headline",
    ["Recommendations are not a plan", "The report asked for a duty. The harder part comes after it."],
)
def test_a_medium_story_with_its_publication_under_the_writers_name(headline: str) -> None:
    # The publication is printed as "Published in" over its name, between the writer's "Follow" and the
    # read time: it names the site, so a short headline on the page's first line is no site's name, and
    # a headline of two sentences over its standfirst is still the headline. The box Medium prints
    # inside a story for readers signed out, and the caption over the text, are furniture.
    upsell = (
        "Sign up to discover human stories that deepen your understanding of the world.\nFree\n"
        "Distraction-free reading. No ads.\nOrganize your knowledge with lists and highlights.\n"
        "Tell your story. Find your audience.\nSign up for free\nMembership\nRead member-only stories\n"
        "Support writers you read most\nTry for $5/month\n"
    )
    paragraphs = ARTICLE.split("\n")
    page = (
        f"Open in app\nSign up\nSign in\nMember-only story\n{headline}\n"
        "A mandatory duty is the headline. But the report is mostly about what organisations do afterwards.\n"
        "Priya Marchbank\n·\nFollow\nPublished in\nThe Case File\n·\n8 min read\n·\nFeb 9, 2023\n312\n4\nListen\n"
        "Share\n\nPhoto: a council chamber during a late-running meeting. Author’s own.\n"
        + "\n".join(paragraphs[:2])
        + f"\n{upsell}"
        + "\n".join(paragraphs[2:])
        + "\nFollow\nPublished in The Case File\n2.1K Followers\n· Last published Nov 28, 2022\nFollow\n"
        "Written by Priya Marchbank\n412 Followers\n· 88 Following\nFollow\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.site, doc.date) == (headline, "Priya Marchbank", "The Case File", "2023-02-09")
    assert [b.text for b in doc.body] == paragraphs
    removed = {r.text for r in doc.removed}
    assert {"Member-only story", "Try for $5/month", "· 88 Following", "· Last published Nov 28, 2022"} <= removed
    assert "Photo: a council chamber during a late-running meeting. Author’s own." in removed


def test_a_parenting_forums_heads_with_the_openers_badge_or_one_capitalised_word() -> None:
    thread = (
        "\n13 replies\nAdd message\nMrsFrumble\nWed 17-May-17 22:05:10\nIt was brutal. I had to pause it twice.\n"
        "Report\nWorriedInWath · OP\nWed 17-May-17 22:18:02\nFrumble that's good to hear about the assembly.\n"
        "Report\nNamechangedforthis\nWed 17-May-17 23:02:47\nNamechanged for obvious reasons.\nReport\n"
    )
    doc = clean(source("AIBU to be shaken by the Rochdale drama?\nWorriedInWath\n" + ARTICLE + thread))
    assert [c.author for c in doc.comments] == ["MrsFrumble", "WorriedInWath", "Namechangedforthis"]
    # Without a stamp to the second, a lone capitalised word over a date is as often a menu's.
    doc = clean(source("A headline for the test\nBy Jane Lee\n" + ARTICLE + "\nArchives\n12 March 2014\nReply\n"))
    assert doc.comments == ()


def test_what_a_review_of_the_nineteenth_rounds_rules_showed_is_kept() -> None:
    def read(page: str) -> Document:
        return clean(source(page))

    # A paragraph over a share row is no blog's description over its menu.
    doc = read(
        "A short note on the review\nI read the whole review last night and it says what we all feared it would say.\n"
        "Share this:\nTwitter\nFacebook\n"
    )
    assert [b.text for b in doc.body][:1] == [
        "I read the whole review last night and it says what we all feared it would say."
    ]
    # A sub-heading after an advert, over paragraphs and "Leave a Reply", is no commenter.
    doc = read(
        "A headline for the test\nBy Jane Lee\n" + ARTICLE + "\nAdvertisement\nWhat Happens Next\n"
        "The council will publish its plan in the spring, and it says it will consult on it.\n"
        "Campaigners say they will hold it to that promise, whatever the plan turns out to say.\nLeave a Reply\n"
    )
    assert doc.comments == () and "What Happens Next" in {b.text for b in doc.body}
    # Every social badge is a badge over a name.
    doc = read(
        "A headline for the test\nBy Jane Lee\n" + ARTICLE + "\nMost relevant\nKaren Whitlock\nConversation starter\n"
        "Thank you for this.\nLike · Reply · 2y\n"
    )
    assert [c.author for c in doc.comments] == ["Karen Whitlock"]
    # A dateline over a headline is no poster's handle.
    doc = read(
        "The Northern Bulletin, your local paper\nHome | News | Sport\n26/08/2014\n"
        "Council leader resigns over abuse report\n" + ARTICLE
    )
    assert doc.author is None
    # A sub-heading between a dateline and a question under a headline is no flair.
    doc = read(
        "Council News\nCare review published\n4 March 2015\nBackground\n"
        "Why did it take twelve years and three reviews for anyone to listen to these girls?\n" + ARTICLE
    )
    assert doc.title == "Care review published"
    assert "Why did it take twelve years and three reviews for anyone to listen to these girls?" in {
        b.text for b in doc.body
    }
    # A caption under a headline, with no dateline, is no headline.
    doc = read(
        "The Northern Bulletin\nThe review of the care homes is finally published\n"
        "Photo by Jane Lee for the Bulletin\n" + ARTICLE
    )
    assert doc.title != "Photo by Jane Lee for the Bulletin"
    # A caption under a byline is no headline; a long line under a dateline is (LiveJournal).
    doc = read(
        "Northern Bulletin\nOpinion\nCare homes review finally published\nBy Jane Lee\n"
        "Campaigners gathered outside the town hall in Rotherham on Tuesday afternoon\n" + ARTICLE
    )
    assert doc.title == "Care homes review finally published"
    doc = read(
        "Notes from the Duty Desk\nRecent Entries\nArchive\nmarigoldhour wrote,\nNov. 12th, 2008 at 10:05 PM\n"
        "Baby P, Laming, and the thing nobody wants to hear\n" + ARTICLE
    )
    assert doc.title == "Baby P, Laming, and the thing nobody wants to hear"
    # A paper's call for tips is furniture when it reads as a sentence too.
    doc = read(
        "A headline for the test\nBy Jane Lee\n" + ARTICLE + "\n"
        "Got a story? Call the Bulletin newsdesk on 020 7946 0412 or email tips@example.com.\n"
    )
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert read_byline("Posted by a neighbour on the estate in 2013, the video was seen") is None or (
        read_byline("Posted by a neighbour on the estate in 2013, the video was seen").author != "a neighbour"
    )


def test_what_a_review_of_the_twentieth_rounds_rules_showed_is_kept() -> None:
    # A headline and a sub-heading about a council's comment policy are writing, not the thread's notice.
    text = (
        "Council to review comment policy\nBy Jane Smith\n12 March 2015\n{ARTICLE}\nThe council's commenting policy\n"
    )
    doc = clean(source(text.format(ARTICLE=ARTICLE) + "Under the rules, comments are removed only if reported.\n"))
    assert doc.title == "Council to review comment policy"
    assert doc.body[-1].text == "Under the rules, comments are removed only if reported."
    # A breadcrumb parted by ">" over a relative time is no reply's head.
    text = "Rotherham Advertiser\nNews > Rotherham • 2 hours ago\nInquiry chair to meet survivors\nBy Jane Smith\n"
    text += ARTICLE
    doc = clean(source(text))
    assert (doc.title, doc.author, doc.comments) == ("Inquiry chair to meet survivors", "Jane Smith", ())
    # A comment's last line without a full stop, over the next "Submitted by", is its text.
    drupal = "Have your say\nSubmitted by Tom Harris on Tue, 26/08/2014 - 15:02\nThe warnings were there even then.\n"
    drupal += (
        "Shame on them all\nSubmitted by Jo Brandon on Tue, 26/08/2014 - 16:30\nNobody listened to the youth workers.\n"
    )
    doc = thread_doc(drupal)
    assert doc.comments[0].paragraphs == ("The warnings were there even then.", "Shame on them all")
    # Two anonymous comments alike, on two days, are two comments.
    said = "Please sign the petition for a full public inquiry into Rotherham now."
    blogger = f"2 comments:\nAnonymous said...\n{said}\n13 March 2015 at 09:12\n"
    blogger += f"Anonymous said...\n{said}\n14 March 2015 at 18:02\n"
    assert len(thread_doc(blogger).comments) == 2
    # A section named in passing again is no site's name; the blog's name is.
    text = (
        "Unravelled\nChild protection\nWhy the Jay report still matters\nPosted by Margaret Ellery on 12 March 2015\n"
    )
    text += f"{ARTICLE}\nPosted in Child protection\n"
    assert clean(source(text)).site == "Unravelled"
    # A sponsored article's head is no paid link.
    headline = "Fostering in Rotherham: the families opening their doors"
    text = f"Yorkshire Post\nSponsored\n{headline}\nBy Jane Smith\nThursday 12 March 2015\nShare\n{ARTICLE}"
    doc = clean(source(text))
    assert (doc.title, doc.author, doc.date) == (
        "Fostering in Rotherham: the families opening their doors",
        "Jane Smith",
        "2015-03-12",
    )
    # A question and its answer make one headline, under a kicker.
    text = "The Meridian\nChild abuse in Rotherham: the inquiry\nWho knew? Council leaders did, says report\n"
    text += f"By Jane Smith\n12 March 2015\n{ARTICLE}"
    assert clean(source(text)).title == "Who knew? Council leaders did, says report"

    # A dated list of events inside a comment stays in the comment.
    def head(name: str, stamp: str) -> str:
        return f"{name}\n{stamp}\n"

    thread = head("MarkTheBard", "27 Aug 2014 9:41") + "Good piece, thank you for writing it.\nReply\n"
    thread += head("Ledbury_Lass", "27 Aug 2014 10:02") + "We are holding two events this month:\n"
    thread += "Vigil\n14 March 2015\nOutside the town hall, from six in the evening, all welcome.\nReply\n"
    thread += head("TykeAbroad", "27 Aug 2014 10:30") + "I'll be there.\nReply\n"
    thread += head("Pete_H", "27 Aug 2014 11:00") + "So will I, with my daughter.\nReply\n"
    doc = thread_doc(thread)
    assert [c.author for c in doc.comments] == ["MarkTheBard", "Ledbury_Lass", "TykeAbroad", "Pete_H"]


def test_what_a_review_of_the_twenty_first_rounds_rules_showed_is_kept() -> None:
    says = "{n}. {name} says:\nMarch 12, 2010 at {t}\n{text}\n{extra}Reply\n"
    post = (
        f"Marg's Notebook\nFriday 12 March 2010\nWhy I voted against the cuts\nPosted by Marg Ollerenshaw\n{ARTICLE}\n"
    )
    thread = "3 thoughts on “Why I voted against the cuts”\n"
    thread += says.format(n=1, name="Dennis Barraclough", t="8:05 pm", text="Good on you Marg.", extra="{line}\n")
    thread += says.format(n=2, name="Ann Tate", t="9:47 pm", text="Thank you for this, please keep asking.", extra="")
    # A line in a comment that reads like a list's heading does not end the thread.
    for line in ("More from me after the scrutiny panel", "Also on the agenda that night"):
        doc = clean(source(post + thread.format(line=line)))
        assert [c.author for c in doc.comments] == ["Dennis Barraclough", "Ann Tate"]
    # Disqus's "Also on …" over the thread is no end of it.
    disqus = "9 Comments\nAlso on The Millers' Tale\nMillers 2-1 Blackburn: player ratings\nLogin\nSort by Best\n"
    disqus += "Gaz_Millers • 3 years ago\nBrilliant piece Chris, the town is more than that.\nReply • Share ›\n"
    doc = clean(
        source(
            f"The Millers' Tale\nWhy the stadium feels like home\nBy Chris Hebden | 04 Sep 2014\n{ARTICLE}\n{disqus}"
        )
    )
    assert [c.author for c in doc.comments] == ["Gaz_Millers"]
    # A headline over the writer's name keeps the title; the line under the read time is the text's.
    medium = "The Meridian\nWhy the inquiry failed the families\nJane Holloway\nMar 3, 2021\n5 min read\n"
    doc = clean(source(f"{medium}Where do I even begin?\n{ARTICLE}"))
    assert doc.title == "Why the inquiry failed the families" and doc.body[0].text == "Where do I even begin?"
    # A short headline between the site's name and a section's is no menu item.
    doc = clean(source(f"The Meridian\nNews\nNobody Was Listening\nComment\nBy Jane Holloway\n{ARTICLE}"))
    assert doc.title == "Nobody Was Listening"
    # A forum's "Join free" over a thread's title is no blog host's bar.
    doc = clean(
        source(
            f"Parent Talk\nLog in\nJoin free\nAnyone else fostering teenagers?\n"
            f"Posted by mumof3 on 3 March 2021\n{ARTICLE}"
        )
    )
    assert (doc.title, doc.site) == ("Anyone else fostering teenagers?", "Parent Talk")
    # An unnamed first comment between two "Like" buttons is writing.
    liked = "2 Comments\nLike\ngood on you Marg, someone has to say it\nLike\nDennis Barraclough says:\n"
    liked += "March 12, 2010 at 8:05 pm\nSomebody has to stand up for the kids.\nReply\n"
    doc = clean(source(post + liked))
    assert [c.paragraphs[0] for c in doc.comments][:1] == ["good on you Marg, someone has to say it"]
    # A helpline's number and address, and "Now playing:", in a post's text are the post's.
    helpline = (
        "Call us free: 0800 731 4462\nEmail: helpline@example.org\nLines are open 9am to 5pm, Monday to Friday.\n"
    )
    doc = clean(source(f"Community News\nHelpline extended\n3 March 2021\n{ARTICLE}\n{helpline}"))
    assert [b.text for b in doc.body][-3:] == [
        "Call us free: [phone removed]",
        "Email: [email removed]",
        "Lines are open 9am to 5pm, Monday to Friday.",
    ]
    doc = clean(
        source(
            f"Kerry's Notebook\nTuesday again\n3 March 2014\n{ARTICLE}\nNow playing: the song from Mum's funeral\n"
            f"{ARTICLE}"
        )
    )
    assert "Now playing: the song from Mum's funeral" in [b.text for b in doc.body]
    # A blog's recent posts scraped over the post end above its headline.
    recent = "Kerry's Notebook\nRecent Posts\nTuesday again\nA letter I will never send\nFourteen years in care\n"
    doc = clean(source(f"{recent}Posted on 3 March 2014 by Kerry\n{ARTICLE}"))
    assert doc.title == "Fourteen years in care"
    # A name under a longer name is no appeal's.
    doc = clean(
        source(f"Friends of Hollins Cross Park\nHollins Cross Park\nMemorial bench unveiled\n3 March 2021\n{ARTICLE}")
    )
    assert doc.site == "Friends of Hollins Cross Park"


def test_a_mailing_opens_with_its_salutation_under_its_preview_line() -> None:
    head = "Riverbank Families Network\nHaving trouble reading this? Turn on images or open it in your browser.\n"
    head += "In this issue\nThe review: what it says\nOur meeting\nThe review: what it says, and what we ask\n"
    doc = clean(source(f"{head}Author: Priya Lal\nDear friends,\n{ARTICLE}"))
    assert (doc.title, doc.author) == ("The review: what it says, and what we ask", "Priya Lal")
    assert doc.body[0].text == "Dear friends," and doc.removed[0].reason == "share or follow widget"
    # Only right above the first paragraph: a line like it in the menu is the menu's.
    doc = clean(source(f"Riverbank\nHome,\nNews\nThe review: what it says, and what we ask\nBy Priya Lal\n{ARTICLE}"))
    assert doc.body[0].text == ARTICLE.splitlines()[0]


def test_a_reports_first_heading_over_its_first_paragraph_is_the_texts() -> None:
    head = "Brightwell Trust\nResearch and reports\nListening, at last? Our analysis of the final report\n"
    head += "27 October 2022\nDownload the report (PDF, 2.1MB)\n"
    doc = clean(source(f"{head}Summary\n{ARTICLE}"))
    assert (doc.body[0].kind, doc.body[0].text) == ("h", "Summary")
    assert doc.body[1].text == ARTICLE.splitlines()[0]
    # Any other short line there is the page's chrome.
    doc = clean(source(f"{head}Research\n{ARTICLE}"))
    assert doc.body[0].text == ARTICLE.splitlines()[0]


def test_a_papers_share_row_counts_shares_and_comments_over_the_article() -> None:
    head = "Opinion\nRotherham's children were failed by adults who chose not to see\nNadia Farouk\n"
    head += "Tue 26 Aug 2014 18.01 BST\nShare on Facebook\nShare via Email\n"
    counted = {
        "1,204\n214": ["counter", "counter"],
        "12,808": ["counter"],
        "Share\nComments\n412": ["share or follow widget", "counter", "counter"],
    }
    for counts, reasons in counted.items():
        doc = clean(source(f"{head}{counts}\n{ARTICLE}"))
        assert doc.body[0].text == ARTICLE.splitlines()[0], counts
        assert [r.reason for r in doc.removed][-len(reasons) :] == reasons, counts


def test_a_facebook_groups_about_box_and_its_admins_post() -> None:
    group = "Log in\nEmail address or phone number\nPassword\nRother Valley Parents\nPublic group\nAbout this group\n"
    group += "A group for parents in the Rother Valley to share news and look out for each other.\n"
    group += "Anyone can see who's in the group and what they post.\nGroup created on 12 March 2011.\n"
    doc = clean(source(f"{group}Dawn Hollis\nAdmin\n4 September 2014 at 20:41\nShared with Public group\n{ARTICLE}"))
    assert (doc.site, doc.author, doc.date) == ("Rother Valley Parents", "Dawn Hollis", "2014-09-04")
    assert doc.body[0].text == ARTICLE.splitlines()[0]
    assert "A group for parents in the Rother Valley to share news and look out for each other." in {
        r.text for r in doc.removed
    }


def test_an_old_reddit_sidebar_and_a_title_over_its_submitted_by() -> None:
    sidebar = (
        "PennineNews\njoin\n4,112 readers\n23 users here now\nNews and arguments from both sides of the Pennines.\n"
    )
    sidebar += "Rules\n1. Be civil. Attack the argument, not the person.\na community for 6 years\nMODERATORS\n"
    post = "417\nRochdale verdicts: how did the police miss this for so long?\n(self.PennineNews)\n"
    post += "submitted 11 years ago by throwaway_rochdale12\n"
    page = f"jump to content\nedit subreddits\nthis post was submitted on 08 May 2012\n{sidebar}{post}{ARTICLE}"
    doc = clean(source(page))
    assert doc.title == "Rochdale verdicts: how did the police miss this for so long?"
    assert doc.body[0].text == ARTICLE.splitlines()[0]
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["1. Be civil. Attack the argument, not the person."] == "subreddit sidebar"
    assert "(self.PennineNews)" in reasons and "edit subreddits" in reasons


def test_an_old_reddit_thread_with_flair_its_last_comments_buttons_and_the_sidebar_under_it() -> None:
    # The post's flair between its title and "(self.SUB)" is its category; a commenter's flair parts
    # the name from the score and age; the last comment's buttons are its own, as every comment's
    # are, not the footer (its "parent" says it answers the one above); the sidebar under the
    # thread dates the post.
    def comment(name: str, text: str, flair: str = "", parent: str = "") -> str:
        return f"[–]{name}\n{flair}40 points 9 months ago\n{text}\npermalink\nembed\nsave\n{parent}report\nreply\n\n"

    page = (
        "jump to content\nbritishpolitics\ncomments\n312\nWho checks that recommendations get done?\nDiscussion\n"
        f"(self.britishpolitics)\nsubmitted 9 months ago by ledger_and_lamp\n\n{ARTICLE}\n\n142 comments\n"
        "sorted by: best\n"
        + comment("HubBot", "- stickied comment\nA reminder to be civil.")
        + comment("ratcliffe_rover", "Honest answer: mostly nobody.")
        + comment("quietly_furious_clerk", "Can confirm from the council side.", "Former council officer\n", "parent\n")
        + "load more comments (31 replies)\nsearch\nthis post was submitted on\n14 Feb 2023\n312 points (96% upvoted)\n"
        "remember me\nreset password\n"
    )
    doc = clean(source(page))
    assert (doc.categories, doc.date) == (("Discussion",), "2023-02-14")
    # (Or over the title, under the post's score: "312" / "Local politics" / TITLE / "(self.SUB)".)
    flaired = page.replace(
        "312\nWho checks that recommendations get done?\nDiscussion\n",
        "312\nLocal politics\nWho checks that recommendations get done?\n",
    )
    assert clean(source(flaired)).categories == ("Local politics",)
    assert [(c.author, c.paragraphs, [(r.author, r.paragraphs) for r in c.replies]) for c in doc.comments] == [
        ("HubBot", ("A reminder to be civil.",), []),
        (
            "ratcliffe_rover",
            ("Honest answer: mostly nobody.",),
            [("quietly_furious_clerk", ("Can confirm from the council side.",))],
        ),
    ]
    assert {"- stickied comment", "remember me", "reset password"} <= {r.text for r in doc.removed}
    doc = clean(source(page.replace("this post was submitted on", "This post was submitted on")))
    assert doc.date == "2023-02-14"


def test_a_news_pages_related_topics_are_its_tags_and_a_forums_are_not() -> None:
    foot = "Related Topics\nTelford\nChild abuse\nWest Mercia Police\nMore on this story\nInquiry opens\n"
    doc = clean(source(f"NBN News\nInquiry finds children were blamed\nBy Ann Lee\n12 July 2022\n{ARTICLE}\n{foot}"))
    assert doc.tags == ("Telford", "Child abuse", "West Mercia Police")
    foot = foot.replace("Related Topics", "Explore more on these topics")  # (a broadsheet's words)
    doc = clean(source(f"NBN News\nInquiry finds children were blamed\nBy Ann Lee\n12 July 2022\n{ARTICLE}\n{foot}"))
    assert doc.tags == ("Telford", "Child abuse", "West Mercia Police")
    forum = "Related topics\nTopic\nReplies\nViews\nCaseload tools: what works?\n14\n"
    doc = clean(
        source(f"Practice Forum\nInquiry finds children were blamed\nBy Ann Lee\n12 July 2022\n{ARTICLE}\n{forum}")
    )
    assert doc.tags == ()


def test_the_writers_biography_at_the_articles_foot_is_no_part_of_the_article() -> None:
    head = "The Ledger\nA headline about the inspection report\nBy Callum Reid\n12 February 2015\n"
    bio = "Callum Reid is a freelance journalist based in Sheffield. Contact him at callum@example.com"
    doc = clean(source(f"{head}{ARTICLE}\n{bio}\nShare on Twitter\n"))
    assert doc.author == "Callum Reid"
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert [m.field for m in doc.metadata if m.text.startswith("Callum Reid is")] == ["author biography"]
    # By first name too in an author box under the full name; "About this paper" over the text is no box.
    box = "About the author\nCallum Reid\nCallum writes about local government. He lives in Sheffield.\n"
    doc = clean(
        source(f"{head}{ARTICLE}\nAbout this paper\nIt is one of a series on inspection reports.\n{box}View profile\n")
    )
    assert doc.body[-1].text == "It is one of a series on inspection reports."
    assert [m.field for m in doc.metadata if m.text.startswith("Callum writes")] == ["author biography"]
    # Where the writing goes on below it, the name opens a paragraph of the article.
    doc = clean(source(f"{head}{ARTICLE}\nCallum is a name his grandfather chose, he says.\n{ARTICLE}\n"))
    assert not [m for m in doc.metadata if m.field == "author biography"]


def test_a_newsletters_box_under_the_post_is_furniture_blurb_and_all() -> None:
    box = "Thanks for reading The Quiet Room! This post is public so feel free to share it.\nShare\n"
    box += "Subscribe to The Quiet Room\nBy Rhiannon Vale · Launched 2 years ago\n"
    box += "Weekly notes on child protection policy and practice in the UK.\n"
    box += "Type your email...\nSubscribe\nPrint this page\n"
    doc = clean(source(f"A headline over the newsletter's post\nBy Rhiannon Vale\n3 March 2015\n{ARTICLE}\n{box}"))
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert doc.author == "Rhiannon Vale"
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Type your email..."] == reasons["By Rhiannon Vale · Launched 2 years ago"] == "subscription prompt"
    assert reasons["Print this page"] == "share or follow widget"
    assert reasons["Thanks for reading The Quiet Room! This post is public so feel free to share it."]


def test_a_news_pages_topics_under_the_article_are_its_tags_after_a_writers_biography_too() -> None:
    head = "The Ledger\nA headline about the inquiry's report\nBy Nadia Farouk\n20 October 2022\n"
    topics = "Explore more on these topics\nChild protection\n"
    topics += "Independent Inquiry into Child Sexual Abuse\nSocial care\n"
    doc = clean(source(f"{head}{ARTICLE}\n{topics}Share\nReuse this content\n"))
    assert doc.tags == ("Child protection", "Independent Inquiry into Child Sexual Abuse", "Social care")
    assert doc.body[-1].text.startswith("Paragraph 4")
    bio = "Nadia Farouk is a former director of children's services in the north of England\n"
    doc = clean(source(f"{head}{ARTICLE}\n{bio}Topics\nRotherham\nLocal government\nShare\n"))
    assert (doc.tags, doc.body[-1].text[:11]) == (("Rotherham", "Local government"), "Paragraph 4")


def test_an_invision_topic_reads_its_posters_panels_quotes_and_the_box_under_it() -> None:
    def post(name: str, rank: str, count: str, stamp: str, *text: str) -> str:
        return "\n".join((name, rank, count, "Location: Wellington", f"Posted {stamp}", "Share", "Report post", *text))

    opening = "The independent inquiry report came out this morning and it is a long read for anyone."
    page = "\n".join(
        (
            "Local Issues",
            "Telford inquiry report published today",
            "By Grayling_77, July 12, 2022 in Local Issues",
            post("Grayling_77", "Members", "1.4k", "July 12, 2022 (edited)", opening, ARTICLE),
            "Edited July 12, 2022 by Grayling_77",
            "Quote",
            "Like 6",
            post(
                "Maple_Ridge", "Advanced Member", "2.3k", "July 12, 2022", "On 12/07/2022 at 10:15, Grayling_77 said:"
            ),
            opening,
            "That is more or less what the earlier report said back in 2014, as far as I remember.",
            "Quote",
            "Like 4",
            "Create an account or sign in to comment",
            "You need to be a member in order to leave a comment",
            "Register a new account",
            "Already have an account? Sign in here.",
            "Recently Browsing   0 members",
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == ("Telford inquiry report published today", "Grayling_77", "2022-07-12")
    assert doc.body[-1].text.startswith("Paragraph 4")
    [reply] = doc.comments
    assert (reply.author, reply.date, reply.paragraphs) == (
        "Maple_Ridge",
        "2022-07-12",
        ("That is more or less what the earlier report said back in 2014, as far as I remember.",),
    )
    assert reply.quote is not None and reply.quote.author == "Grayling_77"
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Like 6"] == removed["Like 4"] == "reply or vote button"
    assert removed["Edited July 12, 2022 by Grayling_77"] == "edit note"
    assert removed["Advanced Member"] == removed["Members"] == "poster profile"
    assert {"Register a new account", "Recently Browsing   0 members"} <= removed.keys()


def test_a_lemmy_thread_reads_its_submitted_line_scores_ages_and_spaced_buttons() -> None:
    page = "\n".join(
        (
            "uk_safeguarding",
            "47",
            "Ten years since the report: what has actually changed?",
            "northmoor-ledger.example.org",
            "submitted 1y ago (edited 11mo ago) by thistledown to uk_safeguarding",
            ARTICLE,
            "38 comments",
            "quietmoss · 23 points · 1y",
            "Youth worker here. Honestly the biggest change was in the meetings, not the paperwork.",
            "reply   context   save   report",
            "    thistledown · OP · 9 points · 11mo",
            "    That matches what I hear. Did it last though?",
            "    reply   context   save   report",
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author) == ("Ten years since the report: what has actually changed?", "thistledown")
    assert doc.body[0].text.startswith("Paragraph 1")
    assert [(c.author, [r.author for r in c.replies]) for c in doc.comments] == [("quietmoss", ["thistledown"])]
    assert {r.reason for r in doc.removed if r.text.startswith("reply   context")} == {"reply or vote button"}


def test_jcomments_heads_ratings_quotations_and_form_under_a_joomla_article() -> None:
    thread = "\n".join(
        (
            "Comments",
            "RSS feed for comments to this post",
            "#1 Derek Whitfield 2015-02-15 20:41",
            "Will the meeting be recorded for those of us on nights, do you know?",
            "Quote",
            "+3",
            "#2 Joan Pettifer 2015-02-16 09:05",
            "Quoting Derek Whitfield:",
            "Will the meeting be recorded for those of us on nights, do you know?",
            "Derek, we are hoping to have notes on the website within a week of it.",
            "Quote",
            "-1",
            "Add comment",
            "E-mail (required, but will not display)",
            "Refresh comments list",
            "JComments",
            "Joomla! is Free Software released under the GNU General Public License.",
        )
    )
    doc = thread_doc(thread)
    assert [(c.author, c.date, c.paragraphs[-1][:5]) for c in doc.comments] == [
        ("Derek Whitfield", "2015-02-15", "Will "),
        ("Joan Pettifer", "2015-02-16", "Derek"),
    ]
    assert doc.comments[1].quote is not None and doc.comments[1].quote.author == "Derek Whitfield"
    assert {"+3", "-1", "RSS feed for comments to this post", "Refresh comments list", "JComments"} <= {
        r.text for r in doc.removed
    }


def test_blogger_contempo_prints_the_date_over_the_headline_and_a_share_row_under_it() -> None:
    blog = (
        "Search This Blog",
        "Notes from the Duty Desk",
        "Musings of a semi-retired social worker. Views my own, obviously.",
    )
    menu = ("Home", "About me", "More…")
    post = ("Saturday, 28 January 2023", "Twenty years on: did we learn the wrong lessons?")
    shares = ("Get link", "Facebook", "X", "Pinterest", "Email", "Other Apps")
    doc = clean(source("\n".join((*blog, *menu, *post, *shares, ARTICLE, "Posted by Ruth Calloway at 09:12"))))
    assert (doc.title, doc.date, doc.site) == (
        "Twenty years on: did we learn the wrong lessons?",
        "2023-01-28",
        "Notes from the Duty Desk",
    )
    assert (doc.author, doc.body[0].text[:11]) == ("Ruth Calloway", "Paragraph 1")
    assert {"X", "Musings of a semi-retired social worker. Views my own, obviously."} <= {r.text for r in doc.removed}


def test_a_professional_networks_comment_is_headed_by_name_job_and_age() -> None:
    def comment(*head: str) -> tuple[str, ...]:
        return (*head, "9y", "Thank you. Point 2 is the one I'd like every new starter to read.", "Like", "Reply")

    thread = (
        "126 · 14 Comments",
        "Comments",
        "To view or add a comment, sign in",
        *comment("Callum Reeve", "Director of Quality Assurance, independent fostering agency"),
        "8 Reactions",
        *comment("Priya Nandakumar", "Author", "Independent Safeguarding Reviewer | Trustee"),
        "2 Reactions",
        # Ghost's members print the same head, with "Edited" under the age of a changed comment.
        *("Nadia Ferreira", "Team manager", "2 yrs ago", "Edited", "Same from the team manager end of it all."),
    )
    doc = thread_doc("\n".join(thread))
    assert [(c.author, c.date) for c in doc.comments] == [
        ("Callum Reeve", None),
        ("Priya Nandakumar", None),
        ("Nadia Ferreira", None),
    ]
    assert {"8 Reactions", "126 · 14 Comments", "To view or add a comment, sign in"} <= {r.text for r in doc.removed}
    # Not a blog list's name, latest post and age, nor a handle over its age under a label.
    roll = (
        "My Blog List",
        "A Carer's Diary",
        "Respite weekend, and a very muddy dog",
        "3 days ago",
        "Night Shift Notes",
    )
    doc = thread_doc("\n".join((*roll, "Community Guidelines", "R_Pendleton", "10 years ago", *comment()[1:])))
    assert [c.author for c in doc.comments] == ["R_Pendleton"]


def test_what_the_twenty_second_rounds_rules_must_leave_alone() -> None:
    """Pages a report-only review wrote where the round's first rules lost writing; each stays as it was."""
    head = "The Ledger\nA headline over the page under test\nBy David Hartley\nPublished: 14 March 2023\n"
    cases = {
        # An obituary's last paragraph names a relative who shares the writer's first name.
        "David is survived by his wife of sixty years, Margaret, and by five grandchildren.": "",
        # An organisation's byline, and a paragraph about what it has done.
        "Shropshire Council has also written to every secondary school in the county about it.": (
            "By Shropshire Council"
        ),
    }
    for last, byline in cases.items():
        text = head.replace("By David Hartley", byline or "By David Hartley")
        doc = clean(source(f"{text}{ARTICLE}\n{last}\nShare this article\nFacebook\n"))
        assert doc.body[-1].text == last
    sections = (
        "Edited and transcribed by Bevan.",  # no edit note without its date
        "+1",
        "The Devil's Chair · 2 h",  # a walk's length, not a comment's age
        "A short, steep circuit up to the rocky tors along the ridge, with views across the hills.",
        "#3 Abbey Road 26 September 1969",  # a listicle's entry, not JComments' head
        "Recorded in a summer of arguments, it still sounds like a band enjoying itself.",
        "Members",  # a committee's heading, not a forum's group
        "Alan Brook, Sue Tranter and David Moss will serve as ordinary members of the committee.",
        "X",  # an essay's tenth part, not a share button
        "The last of the ten rules is the one the committee argued over longest of all.",
        "Launched 2 years ago",  # a heading, not Substack's box
        "That was the headline in the parish magazine, and it still makes me smile every time.",
    )
    doc = clean(source(f"{head}{ARTICLE}\n" + "\n".join(sections) + "\nShare this article\n"))
    assert [b.text for b in doc.body][4:] == list(sections)
    assert doc.comments == ()
    doc = clean(source(f"{head}{ARTICLE}\nSubmitted 17 March by email to planning@example.org\nShare\n"))
    assert doc.author == "David Hartley"


def test_a_question_and_answer_site_signs_each_post_under_its_text() -> None:
    welcome = (
        "Civic Answers is a question and answer site for people interested in how government works. "
        "It only takes a minute to sign up.",
        "Sign up to join this community",
        "Anybody can ask a question",
        "The best answers are voted up and rise to the top",
    )
    question = (
        "What is the difference between a serious case review and a public inquiry?",
        "Ask Question",
        "Asked 9 years, 6 months ago",
        "Modified 9 years, 6 months ago",
        "Viewed 2k times",
        "14",
        "I have been trying to understand how these investigations actually work, and the terms confuse me.",
        "Who commissions each, and can either of them compel people to give evidence in the end?",
        "Share",
        "Improve this question",
        "Follow",
        "edited Sep 5 '14 at 08:11",
        "asked Sep 4 '14 at 10:02",
        "Tom Whitlock",
        "1,203",
        "2",
        "Related, though about a later case, and worth reading first. – Ann Lee Sep 4 '14 at 11:00",
        "Add a comment",
    )

    def answer(score: str, text: str, signed: str, name: str, comment: str = "") -> tuple[str, ...]:
        signature = ("Share", "Improve this answer", "Follow", f"answered {signed}", name, "8,412", "4")
        return (score, text, *signature, *((comment,) if comment else ()), "Add a comment")

    answers = (
        "2 Answers",
        "Sorted by:",
        "Highest score (default)",
        "Date created (oldest first)",
        *answer(
            "21",
            "Short version: a review is a local learning exercise and an inquiry is set up by a minister.",
            "Sep 4 '14 at 12:30",
            "Deborah Osei",
            "Thanks, that's really clear, and it answers the question. – Tom Whitlock Sep 4 '14 at 13:05",
        ),
        *answer(
            "-2",
            "Because none of them ever lead to anyone being sacked, that's the difference.",
            "Sep 5 '14 at 09:58",
            "user48213",
        ),
    )
    form = ("Your Answer", "Post as a guest", "Required, but never shown", "Post Your Answer", "Hot Network Questions")
    doc = clean(source("\n".join(("Civic Answers", *welcome, *question, *answers, *form))))
    assert (doc.title, doc.author, doc.date) == (question[0], "Tom Whitlock", "2014-09-04")
    assert [b.text[:12] for b in doc.body] == ["I have been ", "Who commissi"]
    tree = [
        (c.author, c.date, c.paragraphs[0][:9], [(r.author, r.paragraphs) for r in c.replies]) for c in doc.comments
    ]
    assert tree == [
        ("Ann Lee", "2014-09-04", "Related, ", []),
        (
            "Deborah Osei",
            "2014-09-04",
            "Short ver",
            [("Tom Whitlock", ("Thanks, that's really clear, and it answers the question.",))],
        ),
        ("user48213", "2014-09-05", "Because n", []),
    ]
    assert set(question[2:4]) | {"edited Sep 5 '14 at 08:11"} <= {m.text for m in doc.metadata}
    assert {*welcome, "Ask Question", "Viewed 2k times", "1,203", "8,412", "-2", "Sorted by:", *form} <= {
        r.text for r in doc.removed
    }


def test_a_question_and_answer_site_heads_each_answer_with_a_credential_and_a_stamp() -> None:
    def answer(*head: str) -> tuple[str, ...]:
        return (
            *head,
            "I worked in youth services in the region for most of that period, so I answer from there.",
            "Upvote · 214",
            "Share",
        )

    answers = (
        "3 Answers",
        *answer("Gareth Wynne-Holt, Former social worker in South Yorkshire", "Answered Aug 27th, 2014"),
        *answer("Margaret Fenwick", "Follow", "Lives in Rochdale, Greater Manchester", "Updated 2y"),
        *answer("Dr Olu Adeyemi", "Follow", "Lecturer in social policy", "2y"),
    )
    doc = thread_doc("\n".join(answers))
    assert [(c.author, c.date) for c in doc.comments] == [
        ("Gareth Wynne-Holt", "2014-08-27"),
        ("Margaret Fenwick", None),
        ("Dr Olu Adeyemi", None),
    ]
    assert all(c.paragraphs[0].startswith("I worked") for c in doc.comments)
    # A reporter's name, desk and "Updated" stamp head an article, not an answer; nor does a
    # comment's own text under its writer's name, over its buttons and age, read as a credential.
    doc = clean(
        source(f"A headline over a news story\nJane Smith\nHome Affairs Editor\nUpdated 14 March 2021\n{ARTICLE}")
    )
    assert (doc.author, doc.comments) == ("Jane Smith", ())
    social = ("Karen Middleton", "Thank you Dawn, this is exactly what we needed.", "Like · Reply · 2y")
    social += ("Gemma Rowbottom", "Can't come but please ask about the schools xx", "Like · Reply · 2y")
    doc = thread_doc("\n".join(("Most relevant", *social)))
    assert [(c.author, c.paragraphs) for c in doc.comments] == [(social[0], (social[1],)), (social[3], (social[4],))]


def test_an_answers_site_names_the_asker_and_category_in_one_head_and_ages_answers_in_decades() -> None:
    # "NAME asked in CATEGORY · 1 decade ago" over the question; each answer under its writer's
    # name and age, its votes for and against under it ("14 | 1").
    question = "What's the difference between a serious case review and a public inquiry?"
    details = "Keep seeing both on the news and I would like to know who decides which one happens."
    answers = ""
    for name, text, votes in (
        ("Marguerite D", "They are different things, and the difference is who commissions them.", "14 | 1"),
        ("Brennan K", "If you are worried about a child right now, ring your council today.", "9 | 0"),
    ):
        answers += f"{name}\n1 decade ago\n{text}\n{votes}\nComment\n\n"
    notice = "What do you think of the answers? You can sign in to give your opinion on the answer."
    page = (
        f"AskAround Answers\n\nFennel R asked in Politics & Government · 1 decade ago\n\n{question}\n\n{details}\n\n"
        f"2 Answers\n\n{answers}{notice}\nStill have questions? Get your answers by asking now.\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date, doc.categories) == (question, "Fennel R", None, ("Politics & Government",))
    assert [b.text for b in doc.body] == [details]
    assert [(c.author, c.date) for c in doc.comments] == [("Marguerite D", None), ("Brennan K", None)]
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["14 | 1"] == reasons["9 | 0"] == "counter"
    assert reasons[notice] == reasons["Still have questions? Get your answers by asking now."] == "comment form"
    assert read_byline("She said she was asked in Parliament · last May") is None  # no age or date after it


def _panel(texts: list[str]) -> list[str | None]:
    """The furniture reasons of ``texts`` once the rules that read a line's neighbours have run."""
    reasons = [furniture_reason(text) for text in texts]
    panel_values(texts, reasons)
    return reasons


def test_what_set_23s_wordpress_and_regional_daily_print_around_the_article() -> None:
    assert (read_byline("By Joanne Kettlewell / August 28, 2021") or Byline()).author == "Joanne Kettlewell"
    assert furniture_reason("Newsletters") == "navigation" and furniture_reason("Skip Ad") == "advert"
    assert (read_byline("Related topics: Telford, West Mercia Police") or Byline()).tags == (
        "Telford",
        "West Mercia Police",
    )
    # A WordPress theme badges the writer's own replies between the name and the date.
    thread = "Priya Lockwood\nAugust 28, 2021 at 9:14 pm\nThank you for this, it still matters.\nReply\n"
    thread += "Joanne Kettlewell\nPost author\nAugust 29, 2021 at 7:02 am\nIt was a manifesto for a lot of us.\nReply"
    doc = thread_doc(thread)
    assert [(c.author, c.date) for c in doc.comments] == [
        ("Priya Lockwood", "2021-08-28"),
        ("Joanne Kettlewell", "2021-08-29"),
    ]
    assert "Post author" in {m.text for m in doc.metadata}  # (part of the head, not furniture)
    # A regional daily's standfirst runs long without a full stop, between the headline and the byline.
    headline = "Telford inquiry report published: what it found and what happens next"
    standfirst = (
        "The final report sets out dozens of recommendations for the council, police, schools and health services"
    )
    doc = clean(
        source(f"The Severnside Express\nNews\n{headline}\n{standfirst}\nBy Kirsty Danvers\n12 July 2022\n{ARTICLE}")
    )
    assert (doc.title, doc.standfirst, doc.site) == (headline, standfirst, "The Severnside Express")
    # The headline may be a question, which reads as a sentence, over the standfirst.
    question = "Ten years after Rotherham, are we any better at listening to children?"
    doc = clean(
        source(
            f"The Morning Sentinel\nUK News\n{question}\n{standfirst}\nBy Harriet Oldroyd\n24 August 2024\n{ARTICLE}"
        )
    )
    assert (doc.title, doc.standfirst) == (question, standfirst)
    assert _panel(["Join the conversation", "Comments are subject to our community guidelines."])[0] == "comment form"


def test_what_set_23s_broadsheet_forums_print_around_their_posts() -> None:
    caption = "Rotherham town hall. ‘When everyone is a little bit responsible, nobody is responsible enough to go.’ "
    caption += "The words of a former councillor, quoted at length. Photograph: Ledger pictures"
    assert len(caption) > 150 and furniture_reason(caption, prose=True) == "image caption"
    assert furniture_reason("You must log in or register to reply here.") == "comment form"
    # A paper's tabs over its thread; who reacted, under a post's buttons (XenForo).
    assert _panel(["All", "Picks", "HarrowgateMum"])[:2] == ["comment form", "comment form"]
    assert _panel(["Like", "Heather_R, Fred W and 3 others"])[1] == "reply or vote button"
    # A paper's thread: a pick's badge between name and date; a reply that names its parent and
    # opens with the parent's first sentence, its date under its text.
    tip = "For anyone who needs to talk to someone, the local support line is open every evening."
    thread = (
        f"Sort by Oldest\nBarbaraQuinton\nLedger Pick\n27 Aug 2014 19:44\n{tip} Please use it.\nReport\n"
        f"oldmillgirl → BarbaraQuinton\n{tip}\nThank you for posting this.\n27 Aug 2014 20:02\nReport"
    )
    doc = thread_doc(thread)
    assert [(c.author, c.date) for c in doc.comments] == [("BarbaraQuinton", "2014-08-27")]
    reply = doc.comments[0].replies[0]
    assert (reply.author, reply.date, reply.paragraphs) == (
        "oldmillgirl",
        "2014-08-27",
        ("Thank you for posting this.",),
    )
    assert reply.quote is not None and reply.quote.author == "BarbaraQuinton"
    # Discourse: the display name over the handle made of it, perhaps a title, then the date.
    posts = (
        "Helen Garside\nhgarside\n14 Jun 2023\nI've been asked to put together a reading list for colleagues.\nReply\n"
        "Kwame Asante\nkasante\nDesignated safeguarding lead\n15 Jun 2023\nI'd use the executive summary only.\nReply\n"
        "Suggested Topics\nSupervision for DSLs: what does good look like?\nMar 2024"
    )
    doc = clean(source(f"Safeguarding Practitioners Community\nReading list: which reviews matter?\n{posts}"))
    assert (doc.author, [c.author for c in doc.comments]) == ("Helen Garside", ["Kwame Asante"])
    assert "Supervision for DSLs: what does good look like?" in {r.text for r in doc.removed}
    doc = thread_doc("Track This\nmossy_stile\n2003-01-28 10:02 pm (UTC)\n*hugs* if you want them.\n(Reply) (Thread)")
    assert [c.author for c in doc.comments] == ["mossy_stile"]
    # XenForo heads the thread with its starter.
    head = "Rochdale serious case review published today\nThread starter MossBank_Mick · Start date 20 Dec 2012\n"
    assert clean(source(head + ARTICLE)).author == "MossBank_Mick"


def test_what_the_twenty_third_rounds_rules_must_leave_alone() -> None:
    """Pages a report-only review wrote where the round's first rules lost writing; each stays as it was."""
    head = "The Ledger\nA headline over the page under test\nBy David Hartley\nPublished: 14 March 2023\n"
    sections = (
        "1 year later",  # a subheading, not Discourse's gap note
        "Applications are open to anyone in the borough – closing date March 31, 2024",  # no signed comment
        "The council's statement was brief – updated 3 hours ago",
        "Picks",
        "Our three favourite allotments this year, chosen by the judges after a long summer.",
        "Sort by",
        "Discard",
        "Then lay down any run of three cards, and keep the rest of your hand to yourself.",
        "Join the conversation",
        "We want to hear from survivors, families and professionals about what being believed means.",
        "The letter was signed by",
        "Jane Harcourt, Imran Shafiq and 3 others",
        "There was one photograph: my mother at sixteen, holding a baby in the yard behind the shop!",
        "Linked",
        "The Jay report (2014)",
        "The Casey inspection (2015)",
        "Ella Hughes, Girls 11 and under",  # a results list, not an answer's name and credential
        "50m",
        "Claire Winter",  # a diary's own entry, not a comment's head with a badge
        "Author",
        "July 7, 2020",
        "Wrote the last chapter today and sent it off to the publisher before lunch.",
    )
    doc = clean(source(f"{head}{ARTICLE}\n" + "\n".join(sections) + "\nShare this article\n"))
    assert [b.text for b in doc.body][4:] == [s for s in sections if s not in ("Author", "July 7, 2020")]
    assert doc.comments == ()
    # A written answer in Parliament: "Answered" and its date over the minister, no site's stamp.
    answer = (
        "Answered 9 September 2014\nThe Minister for Children\nThe Government has asked every council to review it."
    )
    doc = clean(source(f"{head}{ARTICLE}\n{answer}"))
    assert doc.body[-1].text == "The Government has asked every council to review it." and doc.comments == ()
    quiz = "10 Answers\n1. Paris, the capital of France since the Middle Ages.\n2. Seven, one for each day."
    doc = clean(source(f"{head}{ARTICLE}\n{quiz}"))
    assert [b.text for b in doc.body][-2:] == quiz.split("\n")[:2] and doc.comments == ()
    # Death notices: a surname in lower case is no Discourse handle under the name.
    notice = "Margaret Ellis Walker\nwalker\n14 June 2023\nPeacefully at home, aged 91, with her family around her."
    doc = clean(source(f"{head}{ARTICLE}\n{notice}"))
    assert "Margaret Ellis Walker" not in {c.author for c in doc.comments}


def test_a_forum_threads_question_quoted_by_its_replies_is_the_title_not_a_paragraph() -> None:
    # phpBB prints the thread's title over its opening post; eight words and a question mark read
    # as a sentence, but the replies' "Re: …" show it is the title.
    title = "Rotherham report - what does it mean for us?"
    panel = "Posts: 1234\nJoined: Sat Mar 14, 2009 10:02 am\nTop\n"
    page = (
        f"Valley Voices Forum\nBoard index ‹ Local News ‹ Council watch\n{title}\nModerator: Forum Moderators\n"
        f"Post Reply\nSearch this topic…\nSearch\n7 posts • Page 1 of 1\n\n"
        f"{title}\nby valleyview » Tue Sep 02, 2014 8:14 pm\n{ARTICLE}\nvalleyview\n{panel}\n"
        f"Re: {title}\nby Brenda W » Tue Sep 02, 2014 9:03 pm\nI emailed mine on Thursday.\nBrenda W\n{panel}"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (title, "valleyview", "2014-09-02")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [c.author for c in doc.comments] == ["Brenda W"]
    assert {r.text: r.reason for r in doc.removed}["valleyview"] == "poster profile"  # the name over the panel


def test_a_contributors_blog_gives_its_title_case_headline_the_writer_over_a_job_and_the_topics() -> None:
    headline = "We Keep Commissioning Reports About Children's Social Care. When Do We Start Reading Them?"
    head = (
        f"PostNation UK\nTHE BLOG\n{headline}\n\nRuth Adeyemi-Clarke\n"
        "Former director of children's services and visiting lecturer in social policy\n\n"
        "Posted: 03/09/2014 12:11 BST Updated: 02/11/2014 10:59 GMT\n\n"
    )
    foot = "\nFollow Ruth Adeyemi-Clarke on Twitter\nMore: Rotherham, Social Work, Child Protection\n"
    doc = clean(source(head + ARTICLE + foot))
    assert (doc.title, doc.author, doc.date) == (headline, "Ruth Adeyemi-Clarke", "2014-09-03")
    assert doc.tags == ("Rotherham", "Social Work", "Child Protection")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    # A sentence that capitalises its names is still a sentence.
    assert is_prose("Rotherham Metropolitan Borough Council published its response to the report today.")


def test_a_tabloids_summary_under_its_headline_is_kept_and_a_menus_most_read_does_not_take_them() -> None:
    headline = "Ministers send commissioners in to run the council after inspection finds a culture of denial"
    summary = [
        "Inspection report published today says the leadership repeatedly failed to act on warnings",
        "Entire cabinet resigns within hours as the Secretary announces commissioners will take over",
        "Inspection was ordered after last year's independent inquiry into the town's services",
    ]
    page = f"Home\nNews\nSport\nMost read\n\n{headline}\n\n" + "\n".join(summary)
    page += f"\n\nBy HELEN MARSH, NORTHERN CORRESPONDENT\nPublished: 16:21 GMT, 4 February 2015\n\n{ARTICLE}"
    doc = clean(source(page))
    assert (doc.title, doc.date) == (headline, "2015-02-04")
    assert [m.text for m in doc.metadata if m.field == "standfirst"] == summary
    # Right over the summary, with no blank line, a headline of a tabloid's length.
    long = headline + ", but say they will judge ministers on what happens NEXT"
    page = f"Home\nNews\nSport\nMost read\n\n{long}\n" + "\n".join(summary)
    page += f"\nBy HELEN MARSH, NORTHERN CORRESPONDENT\nPublished: 16:21 GMT, 4 February 2015\n\n{ARTICLE}"
    assert clean(source(page)).title == long
    # A quotation in it may hold a full stop: the headline is still no statement over the point under it.
    quoted = "'We were told lessons had been learned. Now we want to check': residents demand a seat at the table"
    page = f"Home\nNews\nSport\n\n{quoted}\n" + "\n".join(summary)
    page += f"\nBy Helen Marsh For The Gazette\nPublished: 21:40, 14 February 2015\n\n{ARTICLE}"
    doc = clean(source(page))
    assert (doc.title, [m.text for m in doc.metadata if m.field == "standfirst"]) == (quoted, summary)
    # Under a headline, a "Most read" list stays a list of links over the byline.
    page = f"Gazette\n{headline}\nMost read\n" + "\n".join(summary) + f"\nBy Jane Smith\n{ARTICLE}"
    doc = clean(source(page))
    assert doc.title == headline
    assert {r.text: r.reason for r in doc.removed}[summary[0]] == "related links"


def test_a_blogger_head_names_the_writer_and_date_over_the_headline_only() -> None:
    assert read_dashed_byline("Aled Pryce - September 04, 2014") == Byline(author="Aled Pryce", date="2014-09-04")
    for line in ("Council News - 12 March 2015", "Contact Us - OxonTalk Forums"):
        assert read_dashed_byline(line) is None
    headline = "What I told the other parents at the school gate"
    doc = clean(source(f"Northern Parent Notes\n\nAled Pryce - September 04, 2014\n{headline}\n\n{ARTICLE}"))
    assert (doc.title, doc.author, doc.date) == (headline, "Aled Pryce", "2014-09-04")
    # Emporio prints it under the headline and its share row (a short headline over a share row is no menu's).
    shares = "Get link\nFacebook\nX\nPinterest\nEmail\nOther Apps\n"
    page = f"Quiet Office Notes\nSearch This Blog\nHome\nMore…\n\nThe Bullfinch Papers\n{shares}"
    doc = clean(source(f"{page}Hannah Crewe - March 03, 2015\n{ARTICLE}"))
    assert (doc.site, doc.title, doc.author, doc.date) == (
        "Quiet Office Notes",
        "The Bullfinch Papers",
        "Hannah Crewe",
        "2015-03-03",
    )
    # An event's heading over its text, and a dated list among the paragraphs, name no writer.
    event = "Annual General Meeting - Tuesday 12 March 2019"
    doc = clean(source(f"Parish Hall\nHome\nNews\n{event}\n{ARTICLE}"))
    assert (doc.title, doc.author) == (event, None)
    doc = clean(source(f"Parish Hall\nHome\nWhat is on this spring\n{event}\n{ARTICLE}"))
    assert doc.author is None
    events = (
        "Quiz Night - Friday 8 March 2019\nEaster Fair - Saturday 20 April 2019\nSummer Gala - Saturday 15 June 2019"
    )
    first, *rest = ARTICLE.split("\n")
    doc = clean(source(f"Posted by Jo Hale\n{first}\n{events}\n" + "\n".join(rest)))
    assert doc.comments == () and [b.text for b in doc.body] == [first, *events.split("\n"), *rest]


def test_what_the_twenty_fourth_rounds_rules_must_leave_alone() -> None:
    # From the round's report-only review: pages where a first version of a rule lost or misread writing.
    minutes = "Present: Councillors Atkin, Beck, Hughes, Lelliott, Roche, Sims and Watson."
    page = f"Thurcroft Parish Council\n\nMinutes of the meeting held on 14 January 2019\n\n{minutes}\n\n{ARTICLE}"
    assert minutes in [b.text for b in clean(source(page)).body]  # no title-case headline: a full stop
    more = "More: a spoonful of beef dripping in each tin, smoking hot, makes all the difference"
    first, *rest = ARTICLE.split("\n")
    page = "Kitchen Table Notes\nYorkshire pudding, my nan's way\nPosted by Alice Ward on 4 February 2019\n"
    doc = clean(source(page + "\n".join([first, more, *rest])))
    assert doc.tags == () and more in [b.text for b in doc.body]  # "More:" topics are a list of names
    thread = "3 comments\nAmy Todd\n5 March 2019 at 10:00\nWe did all three. My ranking:\nLevel 3\nwas the hardest.\n"
    thread += "Reply\nBen Cross\n5 March 2019 at 11:00\nAgreed about the first room being too easy.\nReply\n"
    doc = thread_doc(thread)
    assert _tree(doc.comments) == [("Amy Todd", []), ("Ben Cross", [])]  # a depth only over a comment's head
    assert "Level 3" in doc.comments[0].paragraphs
    update = "A correction to my update: the inquiry resumes on Friday."
    thread = "Derek Hollins says:\nMay 4, 2016 at 8:02 am\nWhen does it sit again?\nReply\n"
    thread += f"Helen Marsh says:\nMay 4, 2016 at 9:00 am\n{update}\nReply\n"
    doc = clean(source(f"A headline for the thread test\nBy Helen Marsh\n{ARTICLE}\n2 Comments\n{thread}"))
    assert _tree(doc.comments) == [("Derek Hollins", []), ("Helen Marsh", [])]  # a note to every reader
    # Two levels of indentation: a reply naming a reply above stays under it.
    disqus = "3 Comments\nAnn Lee\n12 Mar 2009 19:31\nFirst.\nReply\n"
    disqus += "  Bob Tate\n  12 Mar 2009 19:40\n  Second.\n  Reply\n"
    disqus += "    Cath Moss → Bob Tate\n    12 Mar 2009 19:52\n    Third.\n    Reply\n"
    assert _tree(thread_doc(disqus).comments) == [("Ann Lee", [("Bob Tate", [("Cath Moss", [])])])]


def test_old_reddits_deleted_comment_keeps_its_place_and_a_marked_quotation_is_set_apart() -> None:
    thread = "12 comments\nsorted by: best\n[–] ash_grove 12 points 9 years ago\nWhat did your board do?\n"
    thread += "permalink embed save report reply\n"
    thread += "[–] [deleted] 9 years ago\n[deleted]\npermalink embed save report reply\n"
    thread += "    [–] tealeaf_tom 14 points 9 years ago\n    > what did your board do?\n"
    thread += "    Set up a team, in the end.\n    permalink embed save parent report reply\n"
    doc = thread_doc(thread)
    assert _tree(doc.comments) == [("ash_grove", []), ("[deleted]", [("tealeaf_tom", [])])]
    reply = doc.comments[1].replies[0]
    assert reply.paragraphs == ("Set up a team, in the end.",)
    assert reply.quote is not None and reply.quote.paragraphs == ("> what did your board do?",)
    # A comment made only of a line marked as quoted has nothing else to be: it keeps it.
    doc = thread_doc("2 comments\n[–] ash_grove 3 points 2 years ago\n> yes\npermalink embed save report reply\n")
    assert doc.comments[0].paragraphs == ("> yes",) and doc.comments[0].quote is None


def test_a_threads_own_head_form_reads_every_name_over_its_age_or_its_date_under_buttons() -> None:
    def post(name: str, stamp: str, text: str) -> str:
        return f"{name}\n{stamp}\n{text}\nReply\nLike (2)\n"

    ages = post("Rother_Valley_Mum", "2 days ago", "My sister was in care there in the nineties, and nobody listened.")
    ages += post("DaveK1972", "2 days ago", "If anyone reading this has been affected, do call the helpline.")
    ages += post("Jim from Maltby", "2 days ago", "Sorry to hear about your sister, truly. They all knew at the top.")
    ages += post("concerned_reader", "1 day ago", "Would the paper be interested in more accounts from people here?")
    doc = thread_doc("Comments\n" + ages)
    assert [c.author for c in doc.comments] == ["Rother_Valley_Mum", "DaveK1972", "Jim from Maltby", "concerned_reader"]
    dates = post("Anne-Marie Doyle", "Mar 14, 2023", "I was a school nurse for years and saw the same pattern.")
    dates += post("Callum Reid", "Mar 14, 2023", "Thank you. That matches what I have heard from others too.")
    dates += post("Fergus", "Mar 15, 2023", "On mandatory reporting: I teach, and we already report everything.")
    dates += post(
        "Beth Ansell", "Mar 15, 2023", "Also a teacher, and I agree with that point entirely, for what it is worth."
    )
    doc = thread_doc("4 comments\n" + dates)
    assert [c.author for c in doc.comments] == ["Anne-Marie Doyle", "Callum Reid", "Fergus", "Beth Ansell"]
    # Not an events list in the writing, under the text rather than under a comment's buttons.
    events = "\nVigil\n14 March 2015\nWe will meet at the town hall steps at seven in the evening.\n"
    doc = thread_doc("4 comments\n" + dates.replace("Reply\nLike (2)\nFergus", f"Reply\nLike (2){events}Fergus"))
    assert "Vigil" not in [c.author for c in doc.comments]


def test_a_short_age_and_a_staff_badge_over_an_age_belong_to_a_comments_head() -> None:
    thread = "3 comments\nSimon Achterberg\nOct 22, 2022\nAs a parish priest I found the chapters very hard to read.\n"
    thread += "Reply\nMaureen Kettle\n2 yr\nThank you for saying that. It matters when people say it aloud.\nReply\n"
    thread += (
        "Kieran Holt\nStaff\n10 years ago\nIt's a fair question, and one we will be looking at ourselves.\nReply\n"
    )
    doc = thread_doc(thread)
    assert [(c.author, c.date) for c in doc.comments] == [
        ("Simon Achterberg", "2022-10-22"),
        ("Maureen Kettle", None),
        ("Kieran Holt", None),
    ]
    assert {"2 yr", "Staff", "10 years ago"}.isdisjoint(p for c in doc.comments for p in c.paragraphs)


def test_a_post_opening_with_words_of_any_post_above_quotes_them_and_edited_is_its_heads() -> None:
    def post(name: str, *texts: str) -> str:
        return f"{name} · 03/03/2015 10:{len(name):02d}\n" + "\n".join(texts) + "\nReport\n"

    advice = "The biggest thing for staff is: if something feels off, write it down and tell your lead the same day."
    thread = post("Seaglass", advice)
    thread += post("BiscuitTinLid", "It's mostly aimed at the agencies, but the summary is worth reading tonight.")
    thread += post(
        "MapleAndMarmite", "Edited", "write it down and tell your lead the same day", "Thank you, that helps."
    )
    doc = thread_doc("3 comments\n" + thread)
    assert [c.author for c in doc.comments] == ["Seaglass", "BiscuitTinLid", "MapleAndMarmite"]
    third = doc.comments[2]
    assert third.paragraphs == ("Thank you, that helps.",)
    assert third.quote is not None and (third.quote.author, third.quote.paragraphs) == (
        "Seaglass",
        ("write it down and tell your lead the same day",),
    )
    # A few words anyone may write are no quotation.
    doc = thread_doc(
        "2 comments\n" + post("Seaglass", "Thank you so much.") + post("Pip", "Thank you so much.", "Yes.")
    )
    assert doc.comments[1].paragraphs == ("Thank you so much.", "Yes.")


def test_a_xenforo_thread_under_its_starter_line_with_ranks_and_a_button_row() -> None:
    title = "Rotherham inquiry - is the 2002 research the real story?"
    page = f"Dearneside Forums\nForums\nLocal Talk\n{title}\nThread starter Kestrel_77 Start date Sep 3, 2014\n"
    page += "Kestrel_77\nWell-known member\nSep 3, 2014\n#1\n" + ARTICLE + "\nReport\nLike Quote Reply\n"
    page += "Moorhen\nActive member\nSep 3, 2014\n#2\nRang it for work last month. It is, for what it's worth.\n"
    page += "Report\nLike Quote Reply\nReactions: Kestrel_77\n"
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (title, "Kestrel_77", "2014-09-03")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Moorhen", ("Rang it for work last month. It is, for what it's worth.",))
    ]
    assert "Like Quote Reply" in {r.text for r in doc.removed}


def test_a_papers_replying_to_heads_and_its_writers_answers_under_a_byline_of_another_form() -> None:
    def post(head: str, stamp: str, text: str) -> str:
        return f"{head}\n{stamp}\n{text}\n214\nReply\nReport\n"

    thread = post("Tessellate", "5 Feb 2015 7:41", "The line about judgement travelling upwards is the whole thing.")
    thread += post(
        "Marlowe53 replying to Tessellate", "5 Feb 2015 8:03", "Worked in a council for twenty years myself."
    )
    thread += post("FenlandFrank", "5 Feb 2015 8:30", "I'd add one thing to the proposal: ask who left.")
    thread += post("Priya Lennox", "5 Feb 2015 9:12", "That's a really good addition, and most councils never ask.")
    page = "The Meridian\nOpinion\nThe inspection shows a council that treated warnings as threats\n"
    page += f"Priya Lennox\nThu 5 Feb 2015 07.00 GMT\n{ARTICLE}\ncomments (312)\n{thread}"
    doc = clean(source(page))
    assert doc.author == "Priya Lennox"
    assert _tree(doc.comments) == [
        ("Tessellate", [("Marlowe53", [])]),
        ("FenlandFrank", [("Priya Lennox", [])]),  # the writer answers the reader above
    ]


def test_a_link_aggregators_thread_under_a_link_without_text() -> None:
    page = "Hacker News\nnew | past | comments | ask | show | jobs | submit\nlogin\n"
    page += "What a council inspection says about institutional denial (example.org)\n"
    page += "214 points by mgrieve 9 years ago | hide | past | favorite | 96 comments\nadd comment\n"
    page += "tcoyle 9 years ago | next [–]\nThe interesting part for this crowd is the mechanism, not the finding.\n"
    page += "reply\n  hollis_k on Oct 20, 2022 | parent | next [–]\n  This is why blameless postmortems exist.\n"
    page += (
        "  reply\npbrandt 9 years ago | prev [–]\nHas anyone had luck getting the underlying data released?\nreply\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.body) == (
        "What a council inspection says about institutional denial",
        "mgrieve",
        (),
    )
    assert _tree(doc.comments) == [("tcoyle", [("hollis_k", [])]), ("pbrandt", [])]
    assert doc.comments[0].replies[0].date == "2022-10-20"


def _aggregator_thread(heads: tuple[tuple[str, str], ...]) -> Document:
    """An aggregator's thread with no indentation: each head a name, an age and its links."""
    page = "Ask HN: how do you track an inquiry's recommendations?\n"
    page += "214 points by quaymaster 16 hours ago | hide | past | favorite | 71 comments\n"
    for k, (name, links) in enumerate(heads):
        page += f"{name} {14 - k} hours ago | {links} [–]\nComment number {k} says something of its own here.\nreply\n"
    return clean(source(page))


def test_a_link_aggregators_thread_that_lost_its_indentation_is_nested_by_its_links() -> None:
    doc = _aggregator_thread(
        (
            ("ann_b", "next"),
            ("cal_d", "parent | next"),
            ("ann_b", "root | parent | next"),
            ("eve_f", "root | parent | next"),
            ("gus_h", "parent | prev | next"),
            ("ida_j", "prev | next"),
            ("kit_l", "parent | next"),
            ("mo_n", "prev"),
        )
    )
    assert _tree(doc.comments) == [
        ("ann_b", [("cal_d", [("ann_b", [("eve_f", [])])]), ("gus_h", [])]),
        ("ida_j", [("kit_l", [])]),
        ("mo_n", []),
    ]
    # Deeper down, a reply's previous sibling is the nearest comment up the chain with a "next":
    # the comment over it may be an answer to that sibling.
    doc = _aggregator_thread(
        (
            ("ann_b", "next"),
            ("cal_d", "parent"),
            ("eve_f", "root | parent | next"),
            ("gus_h", "root | parent"),
            ("ida_j", "root | parent | prev"),
        )
    )
    assert _tree(doc.comments) == [("ann_b", [("cal_d", [("eve_f", [("gus_h", [])]), ("ida_j", [])])])]


def test_a_lobsters_story_its_tags_byline_and_a_thread_set_apart_by_blank_lines() -> None:
    # The tags, a line each between the title and "authored by NAME AGE | …", are the story's; each
    # comment's "▲" and score over a "[-] NAME AGE | link | flag" head are chrome, and a blank line
    # sets each thread apart (a short name's head is no row of links).
    def comment(name: str, text: str) -> str:
        return f"▲\n4\n[-] {name} 2 years ago | link | flag\n{text}\nreply\n"

    head = "Crayfish\nActive\nRecent\nComments\nSearch\nLogin\n\n▲\n38\nWhat a records standard would need to do\n"
    head += "culture\nlaw\nnotes.example.org\nauthored by quillfeather 2 years ago | caches | archive | 4 comments\n\n"
    thread = "\n4 comments\n\n" + comment("marrow_and_pith", "Point 3 is the one I would frame and put on the wall.")
    thread += comment("quillfeather", "Yes. At the charity we ended up with three closing reasons.") + "\n"
    thread += comment("scrim", "Slightly off topic, but I want it written with the people who type into it.")
    thread += comment("owlbear_ops", "Three fields at the point of entry, the rest filled in later.")
    doc = clean(source(head + ARTICLE + thread))
    assert (doc.title, doc.author, doc.tags) == (
        "What a records standard would need to do",
        "quillfeather",
        ("culture", "law"),
    )
    assert _tree(doc.comments) == [
        ("marrow_and_pith", [("quillfeather", [])]),
        ("scrim", [("owlbear_ops", [])]),
    ]
    assert {r.text: r.reason for r in doc.removed}["▲"] == "reply or vote button"
    # Without the aggregator's byline under them, words in lower case under a headline are no tags.
    doc = clean(source(head.replace("authored by", "written by") + ARTICLE))
    assert doc.tags == ()


def test_a_banners_sentence_over_the_masthead_and_its_menu_is_furniture_the_masthead_the_site() -> None:
    banner = "Our spring fellowship is accepting applications. Applications are open till Feb 11."
    page = f"{banner}\nLedgerline\nnew | past | comments | ask | show | jobs | submit\nlogin\n\n"
    page += "How would you track whether inquiry recommendations get done?\n"
    page += "214 points by quaymaster 16 hours ago | hide | past | favorite | 71 comments\n\n"
    page += f"{ARTICLE}\n"
    doc = clean(source(page))
    assert (doc.site, doc.body[0].text) == ("Ledgerline", ARTICLE.splitlines()[0])
    assert banner in {r.text for r in doc.removed}


def test_a_parenting_forums_section_name_its_openers_links_and_a_quotation_of_the_opening_post() -> None:
    title = "Rotherham report - has anyone else actually read it?"
    line = "For anyone local to us the council's children's line answered at once, which I found reassuring."
    page = f"Mumsnet\nTalk\nIn the news\n{title}\nIn the news\nWatch\nLilyfield · 03/09/2014 10:12\n"
    page += f"{ARTICLE}\n{line}\nOP's posts: 1 2 3\nReport\nQuote\n"
    page += "MrsTumbleweed · 03/09/2014 10:31\nI've read about half of it so far, and had to stop.\nReport\n"
    page += f"BlueWellies · 03/09/2014 11:22\n{line}\nIs that the county one? Ours is different.\nReport\n"
    doc = clean(source(page))
    assert (doc.title, doc.author) == (title, "Lilyfield")
    assert doc.body[-1].text == line and "OP's posts: 1 2 3" in {r.text for r in doc.removed}
    reply = doc.comments[1]
    assert reply.paragraphs == ("Is that the county one? Ours is different.",)
    assert reply.quote is not None and reply.quote.paragraphs == (line,)


def test_a_writers_biography_under_a_byline_below_the_standfirst_and_an_appeal_close_the_article() -> None:
    page = "Broadside\nSociety\nAugust 28th, 2014\nThe accountability gap: who answers for a shared failure?\n"
    page += "Councils, police, health and inspectors all had a part, and the system is built that way.\n"
    page += f"By Oliver Stannard\nFacebook\nX\n{ARTICLE}\nFiled under: Society, Local government\n"
    page += "Oliver Stannard is Broadside's social affairs editor. He covered local government for years.\n"
    page += "Support Broadside\nWe are funded by our readers. If you value argument, please become a supporter.\n"
    page += "Become a supporter\n"
    doc = clean(source(page))
    assert doc.author == "Oliver Stannard"
    assert doc.body[-1].text == ARTICLE.split("\n")[-1]
    removed = {r.text for r in doc.removed}
    assert {"Support Broadside", "Become a supporter"} <= removed
    # A post dated only by its age at its foot: metadata, no date.
    doc = clean(source(f"paper trails\nTwenty years of reports\n{ARTICLE}\nPosted 3 years ago\n14 notes\n"))
    assert doc.date is None and "Posted 3 years ago" in {m.text for m in doc.metadata}


def test_a_reply_printed_shallower_than_the_comment_its_head_names_answers_an_earlier_one() -> None:
    thread = "Jonah Keel\n• 9 years ago\nThe point about minutes is the one that matters.\nReply\n"
    thread += "  Maureen Tolley → Jonah Keel\n  • 9 years ago\n  I chaired a sub-group for four years.\n  Reply\n"
    thread += "    Jonah Keel → Maureen Tolley\n    • 9 years ago\n    Fair, but there'd be a name.\n    Reply\n"
    thread += "  Oliver Stannard → Jonah Keel\n  • 9 years ago\n  Thanks, both. Well made.\n  Reply\n"
    doc = thread_doc("4 Comments\n" + thread)
    assert _tree(doc.comments) == [
        ("Jonah Keel", [("Maureen Tolley", [("Jonah Keel", [])]), ("Oliver Stannard", [])]),
    ]


def test_a_squarespace_pagers_titles_and_its_sign_up_box_under_the_last_comment_are_chrome() -> None:
    older = "One month in: what we have asked for and why"
    page = f"Open the Files\nOur ask\nWritten by Dana Whitcombe\n{ARTICLE}\nShare\nNewer Post\n"
    page += f"Our letter to the Home Secretary, and the reply\nOlder Post\n{older}\n2 Comments\n"
    page += (
        "Tom Ashworth\nSeptember 9, 2014\nSigned and shared. The point about other areas matters most.\nLike\nReply\n"
    )
    page += "Graham Lees\nSeptember 12, 2014\nWrote to my MP using the template and got an answer.\nLike\nReply\n"
    page += "Subscribe\nSign up with your email address to receive campaign news and updates.\nEmail Address\nSign Up\n"
    page += "We respect your privacy.\nThank you!\nPowered by Squarespace\n"
    doc = clean(source(page))
    removed = {r.text for r in doc.removed}
    assert older in removed and older not in [b.text for b in doc.body]
    assert [(c.author, c.paragraphs) for c in doc.comments][-1] == (
        "Graham Lees",
        ("Wrote to my MP using the template and got an answer.",),
    )


def test_what_the_twenty_fifth_rounds_rules_must_leave_alone() -> None:
    # From the round's report-only review: pages where a first version of a rule lost or misread writing.
    text = "A school crossing patrol will be placed on Mill Lane from April after parents complained."
    page = "The Gazette\nNews\nMill Lane crossing to get a patrol\nBy Kate Holt\nLocal News\n12 March 2015 09:14\n"
    page += f"{text}\n"
    page += "Comments\nAnne Marsh\n12 March 2015 09:50\nAbout time. I've seen two near misses this term.\nReply\n"
    doc = clean(source(page))  # a byline over a section's name is no aggregator's: the article stays
    assert doc.body[0].text == text and [c.author for c in doc.comments] == ["Anne Marsh"]
    doc = clean(source(f"Dev Notes\nScraping council minutes with Puppeteer (Node.js)\nPosted by Jo Hale\n{ARTICLE}"))
    assert doc.title == "Scraping council minutes with Puppeteer (Node.js)"
    first, *rest = ARTICLE.split("\n")
    items = "Maltby\n2 hours ago\nThe library will close early on Friday for staff training, the council said.\n"
    items += "Wath\n5 hours ago\nA new crossing on Church Street will be switched on next week after a delay.\n"
    qa = (
        "Peter Dawes replying to Anne Marsh\n12 March 2015 19:42\nThe library hours are not being cut lightly at all.\n"
    )
    recipe = "Prep Time\n15 mins\nChop the onions, carrots and celery finely and soften them in a little oil.\n"
    heading = "Parent Report\nThank you to the 214 families who returned our annual questionnaire this spring.\n"
    thread = "2 comments\nAnne Marsh\n1 hour ago\nGood news about the crossing, finally, after all this time.\nReply\n"
    thread += "Gary Dunn\n45 minutes ago\nEarly closing again? That's the third time this year, surely.\nReply\n"
    for inset in (items, qa, recipe, heading):
        doc = clean(
            source(f"The Gazette\nAround the borough today\nKate Holt\n1 hour ago\n{first}\n{inset}" + "\n".join(rest))
        )
        assert inset.split("\n")[2 if inset != heading else 1] in [b.text for b in doc.body], inset
        assert doc.comments == ()
    doc = clean(
        source(
            f"The Gazette\nAround the borough today\nBy Kate Holt\n{first}\n{items}" + "\n".join(rest) + f"\n{thread}"
        )
    )
    assert [c.author for c in doc.comments] == ["Anne Marsh", "Gary Dunn"]
    # Two readers opening alike, a ">" meaning "more than", an editor's word on funding, a helpline's promise.
    same = "Option B for me, the market hall site is much closer to the shops."
    thread = f"2 comments\nAnne Marsh\n2 March 2015 at 10:00\n{same}\nReply\n"
    thread += f"Gary Dunn\n2 March 2015 at 11:00\n{same}\nAnd the buses stop right outside it.\nReply\n"
    thread += "Jo Hale\n2 March 2015 at 12:00\n>25 families per worker in our team, before the cuts.\n"
    thread += "That is the problem.\nReply\n"
    doc = thread_doc(thread)
    assert doc.comments[1].paragraphs[0] == same and doc.comments[1].quote is None
    assert doc.comments[2].quote is None
    for line in (
        "We are funded by our readers. That means we answer to you, not to the council.",
        "We respect your privacy.",
    ):
        doc = clean(
            source(
                f"The Clarion\nWhy we spent four months on one story\nBy the Editor\n{first}\n{line}\n"
                + "\n".join(rest)
            )
        )
        assert line in [b.text for b in doc.body]
    # A forum whose opener's date is printed long and the replies' short is still a forum: its opener takes turns.
    forum = "Calderbrook Talk\nParking on Mill Lane at school times\nholly_b\nThursday 5 March 2015, 08:12\n"
    forum += "Every morning there are cars on the zig-zags outside the school. Has anyone had any luck?\nReply\n"
    forum += "tom_r\n05/03/2015 09:40\nI emailed twice last year and a warden came once. They need a camera.\nReply\n"
    forum += "holly_b\n05/03/2015 10:02\nA camera would be ideal. I'll raise it with the ward councillor.\nReply\n"
    assert _tree(clean(source(forum)).comments) == [("tom_r", []), ("holly_b", [])]


def test_a_student_forum_reads_each_posters_panel_rank_and_age_and_original_post_quotes() -> None:
    # The Student Room: the name, its badges and reputation ("Rep:" and the "?" explaining it), the
    # post's number, "Report", a rank perhaps, then the age; a quotation under "Original post by NAME".
    def post(name: str, number: int, rank: str, *text: str) -> str:
        panel = (name, "Badges: 12", "Rep:", "?", f"#{number}", "Report", *((rank,) if rank else ()), "7 years ago")
        return "\n".join((*panel, *text, "0", "reply", ""))

    opening = "I have chosen to compare two reports for my main assignment, the older and the newer one."
    page = "\n".join(
        (
            "Forums",
            "Comparing two reviews for my coursework?",
            "Watch",
            "Page 1 of 1",
            "Go to first unread",
            "Skip to page:",
            "",
            post("amberwren", 1, "Thread starter", opening, ARTICLE),
            post("jpwrites", 2, "", "You're basically right but I'd be careful with the word reaction there."),
            post(
                "amberwren",
                3,
                "Thread starter",
                "Original post by jpwrites",
                "You're basically right but I'd be careful with the word reaction there.",
                "Thank you, that is really helpful for the evaluation part.",
            ),
            post(
                "Sixth Form Room Support Team",
                4,
                "Community Team",
                "Please look after yourselves while reading about this.",
            ),
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == ("Comparing two reviews for my coursework?", "amberwren", None)
    assert [b.text for b in doc.body] == [opening, *ARTICLE.split("\n")]
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("jpwrites", ("You're basically right but I'd be careful with the word reaction there.",)),
        ("amberwren", ("Thank you, that is really helpful for the evaluation part.",)),
        ("Sixth Form Room Support Team", ("Please look after yourselves while reading about this.",)),
    ]
    assert doc.comments[1].quote is not None and doc.comments[1].quote.author == "jpwrites"
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Badges: 12"] == removed["Rep:"] == removed["?"] == "poster profile"
    assert removed["Skip to page:"] == removed["Go to first unread"] == "navigation"


def test_a_fundraising_update_its_totals_and_each_supporters_message_with_its_gift() -> None:
    # A fundraiser's page: the total, the target and the supporters over the update; each
    # supporter's message under its name and date, with the gift and the tax relief it adds.
    def message(name: str, when: str, gift: str, text: str) -> str:
        return "\n".join((name, when, gift, "+ £5.00 Gift Aid", text, ""))

    page = "\n".join(
        (
            "GiveAlong",
            "",
            "A long walk for an advocacy charity",
            "£4,215",
            "raised of £5,000 target",
            "by 96 supporters",
            "",
            "Update 3: We made it, and why the report matters",
            "Posted by Dana Whitcombe",
            "Saturday 13 August 2022",
            ARTICLE,
            "Dana and Mo",
            "Share this update",
            "Donate now",
            "",
            "Supporters' messages (2)",
            "",
            message("Gethin Lloyd", "4 hours ago", "£30.00", "Late to this but well done both of you."),
            message("Chris Tandy", "10 August 2022", "£20.00", "Fantastic effort both of you."),
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "Update 3: We made it, and why the report matters",
        "Dana Whitcombe",
        "2022-08-13",
    )
    assert [b.text for b in doc.body] == [*ARTICLE.split("\n"), "Dana and Mo"]
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Gethin Lloyd", None, ("Late to this but well done both of you.",)),
        ("Chris Tandy", "2022-08-10", ("Fantastic effort both of you.",)),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["£30.00"] == removed["+ £5.00 Gift Aid"] == removed["raised of £5,000 target"] == "counter"
    assert removed["by 96 supporters"] == "counter"
    assert removed["Share this update"] == "share or follow widget"


def test_a_nodebb_topic_reads_its_one_letter_avatars_sort_control_and_said_in_quotes() -> None:
    # NodeBB: the sort control over the posts; each post under the first letter of its poster's
    # name (the avatar), the name and the date; a quotation under "@NAME said in TOPIC:".
    def post(name: str, when: str, *text: str) -> str:
        return "\n".join((name[0].upper(), name, when, *text, "3", "Reply", "Quote", ""))

    opening = "I have read the inspection report over two evenings and want to pull out the governance points."
    page = "\n".join(
        (
            "Casey's inspection: what it says about scrutiny",
            "Reply",
            "Watching",
            "Oldest to Newest",
            "",
            post("halden_sw", "Feb 6, 2015, 9:12 AM", opening, ARTICLE),
            "Last reply",
            "",
            post(
                "marisol.e",
                "Feb 6, 2015, 11:02 AM",
                "@halden_sw said in Casey's inspection: what it says about scrutiny:",
                opening,
                "In my authority the honest answer is that a service manager reads it.",
            ),
            post("Tobias Renn", "Feb 7, 2015, 10:16 AM", "Officer-led, almost always, as far as I saw."),
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "Casey's inspection: what it says about scrutiny",
        "halden_sw",
        "2015-02-06",
    )
    assert [b.text for b in doc.body] == [opening, *ARTICLE.split("\n")]
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("marisol.e", ("In my authority the honest answer is that a service manager reads it.",)),
        ("Tobias Renn", ("Officer-led, almost always, as far as I saw.",)),
    ]
    assert doc.comments[0].quote is not None and doc.comments[0].quote.author == "halden_sw"
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Oldest to Newest", "comment form") in removed and ("Last reply", "counter") in removed
    assert [text for text, reason in removed if reason == "picture's alt text"] == ["H", "M", "T"]


def test_a_dev_blog_post_its_subtitle_photo_newsletter_box_author_card_and_initialled_comments() -> None:
    # Hashnode: the headline and its subtitle (no full stop) over the writer's photo, name and
    # date; a newsletter box with its blurb; the author card; each comment under the initials
    # standing in for the commenter's picture ("DK" for "devon_k").
    def comment(initials: str, name: str, when: str, text: str) -> str:
        return "\n".join((initials, name, when, text, "Reply", "2", ""))

    page = "\n".join(
        (
            "Civic Notes",
            "Follow",
            "",
            "Building a searchable index of inquiry recommendations",
            "Turning twenty years of PDF recommendations into something you can search",
            "Nia Okafor's photo",
            "Nia Okafor",
            "Jun 19, 2023",
            "7 min read",
            ARTICLE,
            "",
            "Subscribe to our newsletter",
            "Read articles from Civic Notes directly inside your inbox. Subscribe, and don't miss out.",
            "Enter your email address",
            "Subscribe",
            "Written by",
            "Nia Okafor",
            "Volunteer developer. Governors, open data and slow cooking.",
            "Follow",
            "",
            "Comments (2)",
            "",
            comment("AM", "Arun Mehta", "Jun 19, 2023", "Lovely project, and a useful one for governors."),
            comment("DK", "devon_k", "Jul 3, 2023", "How are you handling reports split across volumes?"),
            "Load more comments",
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.standfirst, doc.author, doc.date) == (
        "Building a searchable index of inquiry recommendations",
        "Turning twenty years of PDF recommendations into something you can search",
        "Nia Okafor",
        "2023-06-19",
    )
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Arun Mehta", ("Lovely project, and a useful one for governors.",)),
        ("devon_k", ("How are you handling reports split across volumes?",)),
    ]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Nia Okafor's photo", "picture's alt text") in removed
    assert ("AM", "picture's alt text") in removed and ("DK", "picture's alt text") in removed
    assert [text for text, reason in removed if reason == "subscription prompt"][1].startswith("Read articles")
    assert ("Written by", "author card") in removed and ("Nia Okafor", "author card") in removed
    assert ("Volunteer developer. Governors, open data and slow cooking.", "author biography") in removed


def test_an_archive_of_works_reads_its_field_header_pseud_byline_and_chapter_comment_heads() -> None:
    # AO3: the work's header as labelled fields (values one a line), the title over the writer's
    # name and handle, each comment headed "NAME on Chapter N DAY DD Mon YYYY HH:MMPM UTC", with
    # "Reply" / "Thread" (and "Parent" under a reply) after its text.
    def comment(head: str, text: str, parent: bool) -> str:
        return "\n".join((head, text, "Reply", "Thread", *(("Parent",) if parent else ()), ""))

    page = "\n".join(
        (
            "Skip header",
            "The Long Shelf",
            "Kudos ♥",
            "Work Header",
            "Category:",
            "Policy history",
            "Tags:",
            "Laming inquiry",
            "Accountability",
            "Language:",
            "English",
            "Stats:",
            "Published: 2015-03-02",
            "Words: 3,118",
            "",
            "Two reports, six years apart: reading an inquiry twice",
            "Hollis Marchbank (hmarchbank)",
            "",
            "Chapter Text",
            ARTICLE,
            "↑ Top",
            "Hide Comments (2)",
            "Guest name",
            "Guest email",
            "10000 characters left",
            "Comment as guest",
            "",
            comment(
                "pmeadows on Chapter 1 Sun 08 Mar 2015 09:12PM UTC", "This is the clearest account I have read.", False
            ),
            comment(
                "Hollis Marchbank (hmarchbank) on Chapter 1 Mon 09 Mar 2015 07:30AM UTC",
                "Thank you. I nearly cut that section.",
                True,
            ),
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "Two reports, six years apart: reading an inquiry twice",
        "Hollis Marchbank",
        "2015-03-02",
    )
    assert (doc.categories, doc.tags) == (("Policy history",), ("Laming inquiry", "Accountability"))
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    [top] = doc.comments
    assert (top.author, top.date, top.paragraphs) == (
        "pmeadows",
        "2015-03-08",
        ("This is the clearest account I have read.",),
    )
    assert [(r.author, r.date) for r in top.replies] == [("Hollis Marchbank", "2015-03-09")]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Thread"] == removed["Kudos ♥"] == "reply or vote button"
    assert removed["Guest name"] == removed["10000 characters left"] == removed["Comment as guest"] == "comment form"
    assert removed["Skip header"] == removed["↑ Top"] == removed["Chapter Text"] == "navigation"


def test_a_photo_page_reads_its_owner_under_the_picture_upload_date_albums_tags_and_comments() -> None:
    # Flickr: the owner's picture and name over the title and "Taken on" (when it was shot, not
    # published); the description; "Uploaded on DATE", the camera's settings, the albums, each
    # over its count of items, and the tags; each comment under its writer's picture and name.
    def comment(name: str, text: str) -> str:
        return "\n".join((f"{name}'s buddy icon", name, "9y", text))

    page = "\n".join(
        (
            "Snapfold",
            "Explore",
            "Dev Malhotra's buddy icon",
            "Dev Malhotra",
            "Follow",
            "Banner outside Riverside House, the Saturday after the report",
            "Taken on February 7, 2015",
            "47",
            "faves",
            "",
            ARTICLE,
            "",
            "Uploaded on February 9, 2015",
            "All rights reserved",
            "f/5.6 · 1/320 · 35.0 mm · ISO 400",
            "This photo is in 2 albums",
            "Rotherham 2015",
            "23 items",
            "Local democracy",
            "1 item",
            "Tags",
            "rotherham",
            "banner",
            "",
            comment("Hattie Crane", "Good to see this recorded properly."),
            comment("Ossie Lamb", "Strong composition, and the grey sky helps it."),
            "Would you like to comment?",
            "Sign up for a free account, or sign in if you are already a member.",
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "Banner outside Riverside House, the Saturday after the report",
        "Dev Malhotra",
        "2015-02-09",
    )
    assert (doc.categories, doc.tags) == (("Rotherham 2015", "Local democracy"), ("rotherham", "banner"))
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Hattie Crane", ("Good to see this recorded properly.",)),
        ("Ossie Lamb", ("Strong composition, and the grey sky helps it.",)),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Hattie Crane's buddy icon"] == "picture's alt text"
    assert removed["f/5.6 · 1/320 · 35.0 mm · ISO 400"] == "image caption"
    assert removed["23 items"] == removed["This photo is in 2 albums"] == "counter"
    assert removed["Sign up for a free account, or sign in if you are already a member."] == "comment form"


def test_an_answers_sites_answer_under_its_question_and_its_comments_each_under_a_profile_photo() -> None:
    # Quora's: "Profile photo for NAME" (the picture's alt text) over the answerer's name, under the
    # question; the comments each under one, a blank line between threads.
    def comment(name: str, text: str, author: bool = False) -> str:
        badge = "Author\n" if author else ""
        return f"Profile photo for {name}\n{name}\n{badge}2y\n{text}\nUpvote\nReply\n"

    page = "Askwell\nHome\nFollowing\n\nI have just become a school governor. What should I take from the review?\n"
    page += "All related (9)\n\nProfile photo for Temperance Okoro-Blackwood\nTemperance Okoro-Blackwood\n"
    page += f"Former chair of governors at two primary schools · 2y\n{ARTICLE}\n1.4K views\nUpvote · 46\nShare\n\n"
    page += comment("Florian Mensah", "The bit about the lunchtime supervisors is gold.")
    page += comment("Temperance Okoro-Blackwood", "Often very different answers, too.", author=True) + "\n"
    page += comment("Juniper Aldous", "Thank you. Saving this for my first meeting next month.")
    doc = clean(source(page))
    assert (doc.author, doc.body[0].text[:11]) == ("Temperance Okoro-Blackwood", "Paragraph 1")
    assert _tree(doc.comments) == [
        ("Florian Mensah", [("Temperance Okoro-Blackwood", [])]),
        ("Juniper Aldous", []),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Profile photo for Juniper Aldous"] == "picture's alt text"


def test_an_art_sites_journal_reads_its_entry_date_mood_and_heads_under_each_commenters_picture() -> None:
    # DeviantArt: the owner's picture, name and kind of member over the journal; "Journal Entry:
    # DATE" under the title; "Mood:" and "Reading:" under the text; each comment under the
    # commenter's picture, name and kind of member, its date perhaps after "Featured By Owner".
    def comment(name: str, kind: str, when: str, text: str) -> str:
        return "\n".join((f"{name}'s avatar", name, kind, when, text, "Reply"))

    page = "\n".join(
        (
            "Easelry",
            "quillandrye's avatar",
            "quillandrye",
            "Watch",
            "Hobbyist · Digital Artist",
            "Deviant for 4 Years",
            "",
            "Drawing the review: notes on a comic nobody asked for",
            "Journal Entry: Thu May 12, 2011, 9:40 PM",
            "",
            ARTICLE,
            "Rye x",
            "",
            "Mood: Determined",
            "Reading: the final report, again",
            "",
            "Join the community to add your comment. Already a deviant? Log In",
            comment(
                "inkwell-rosa",
                "Hobbyist Digital Artist",
                "Featured By Owner May 13, 2011",
                "The flowchart panel is perfect.",
            ),
            comment(
                "tamsin-draws",
                "Student Traditional Artist",
                "May 14, 2011",
                "Our tutor put this up in a seminar today.",
            ),
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "Drawing the review: notes on a comic nobody asked for",
        "quillandrye",
        "2011-05-12",
    )
    assert [b.text for b in doc.body] == [*ARTICLE.split("\n"), "Rye x"]
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("inkwell-rosa", "2011-05-13", ("The flowchart panel is perfect.",)),
        ("tamsin-draws", "2011-05-14", ("Our tutor put this up in a seminar today.",)),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Mood: Determined"] == removed["Reading: the final report, again"] == "poster profile"
    assert removed["Hobbyist · Digital Artist"] == removed["Deviant for 4 Years"] == "poster profile"
    assert removed["Join the community to add your comment. Already a deviant? Log In"] == "comment form"
    assert furniture_reason("Reading: Luke 2:1-20") is None  # (only beside the mood is it the writer's reading)


def test_a_mail_groups_archive_reads_quoted_senders_numbers_footers_and_two_line_signatures() -> None:
    # A mail group's web archive: each message numbered, its sender in quotes with the address
    # masked, the text, a signature of a line or two under "--", then the group's footer.
    footer = "\n".join(
        (
            "------------------------------------",
            "Wahoo! Groups Links",
            "<*> To visit your group on the web, go to: http://groups.example.com/group/carers/",
        )
    )
    page = "\n".join(
        (
            "Munro review final report - what it means for carers",
            "Message #4412 of 5,120",
            'From: "Gail Underhill" <gail_underhill@...>',
            "Date: Tue May 10, 2011 7:42 pm",
            "Reply | Forward",
            ARTICLE,
            "Gail",
            "--",
            "Gail Underhill",
            "Chair, Northfield Foster Carers' Association",
            footer,
            "",
            "Message #4415 of 5,120",
            "Re: Munro review final report - what it means for carers",
            'From: "Dominic Fearn" <dfearn1970@...>',
            "Date: Wed May 11, 2011 8:05 am",
            "Reply | Forward",
            "Thanks Gail, really helpful summary.",
            footer,
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "Munro review final report - what it means for carers",
        "Gail Underhill",
        "2011-05-10",
    )
    assert [b.text for b in doc.body] == [*ARTICLE.split("\n"), "Gail"]
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Dominic Fearn", "2011-05-11", ("Thanks Gail, really helpful summary.",))
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Gail Underhill"] == removed["Chair, Northfield Foster Carers' Association"] == "signature"
    assert removed["Message #4415 of 5,120"] == "counter"
    assert removed["------------------------------------"] == "site footer"
    assert (
        removed["<*> To visit your group on the web, go to: http://groups.example.com/group/carers/"] == "site footer"
    )


def test_a_help_centre_posts_vote_buttons_comment_actions_and_sign_in_prompt_are_furniture() -> None:
    for text in ("Up vote", "Down vote", "Comment actions"):
        assert furniture_reason(text) == "reply or vote button"
    assert furniture_reason("Please sign in to leave a comment.", prose=True) == "comment form"


def test_a_link_thread_reads_its_sections_and_date_votes_ranks_and_name_prefixed_quotes() -> None:
    # Fark: "posted to SECTION » and SECTION » on DATE (age)" under the submitter; each comment's
    # name, perhaps a rank ("TotalFarker", "Submitter"), its stamp, the text (opening on
    # "NAME: words quoted"), the votes and the buttons.
    def comment(name: str, rank: str, when: str, *text: str) -> str:
        head = (name, rank, when) if rank else (name, when)
        return "\n".join((*head, *text, "Smartest (14)", "Funniest (9)", "[quote] [reply] [report]"))

    page = "\n".join(
        (
            "Snarkbin",
            "Seven-year national inquiry publishes its final report, subby promises to check",
            "submitted by mossbank_lad",
            "posted to Main » and Politics » on Thu 20 Oct 2022 at 3:14 PM (1 year ago)",
            "1,418 clicks",
            "Submitter's note:",
            ARTICLE,
            "",
            "8 Comments",
            "",
            comment(
                "kettle_drum", "", "2022-10-20 03:22:41 PM", "Every inquiry I have ever read ends with a minister."
            ),
            comment(
                "Lindens_Wake",
                "TotalFarker",
                "2022-10-20 03:29:05 PM",
                "kettle_drum: Every inquiry I have ever read ends with a minister.",
                "It also recommends an authority with inspection powers.",
            ),
        )
    )
    doc = clean(source(page))
    assert (doc.author, doc.date, doc.categories) == ("mossbank_lad", "2022-10-20", ("Main", "Politics"))
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("kettle_drum", ("Every inquiry I have ever read ends with a minister.",)),
        ("Lindens_Wake", ("It also recommends an authority with inspection powers.",)),
    ]
    assert doc.comments[1].quote is not None and doc.comments[1].quote.author == "kettle_drum"
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Smartest (14)"] == removed["Funniest (9)"] == "reply or vote button"


def test_a_video_page_reads_from_its_owner_its_credits_and_the_labelled_lists_after_a_sign_off() -> None:
    # Vimeo: the title over the owner's picture and "from NAME"; the description signed off with
    # a first name; the credits (a name over its role), then "Category" and "Tags" over their values.
    page = "\n".join(
        (
            "Lantern Reel",
            "0:00 / 18:42",
            "Learning the lessons? Carers on the serious case review",
            "Orla Penhaligon's avatar",
            "from Orla Penhaligon",
            "Follow",
            "8 years ago",
            "Add to collection",
            "",
            ARTICLE,
            "Orla",
            "",
            "Credits",
            "Orla Penhaligon",
            "Director, Editor",
            "Tam Okonjo",
            "Sound",
            "Category",
            "Documentary",
            "Tags",
            "oxfordshire",
            "foster care",
            "More from Orla Penhaligon",
            "Kinship care: the first year",
            "",
            "2 Comments",
            "Log in to add a comment",
            "Declan Ashby",
            "7 years ago",
            "Shown at our team meeting this morning.",
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author) == ("Learning the lessons? Carers on the serious case review", "Orla Penhaligon")
    assert (doc.categories, doc.tags) == (("Documentary",), ("oxfordshire", "foster care"))
    assert [b.text for b in doc.body] == [*ARTICLE.split("\n"), "Orla"]
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Declan Ashby", ("Shown at our team meeting this morning.",))
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert [text for text, reason in removed.items() if reason == "credits"] == [
        "Credits",
        "Orla Penhaligon",
        "Director, Editor",
        "Tam Okonjo",
        "Sound",
    ]
    assert removed["Add to collection"] == "share or follow widget"
    assert removed["Log in to add a comment"] == "comment form"


def test_a_social_thread_reads_the_writers_chained_posts_as_the_article_and_the_replies_after() -> None:
    # Threads: each of the writer's posts under their picture, name and date, with its counts;
    # the replies under "Replies". Without that header a second post by the opener is a reply.
    def post(name: str, when: str, text: str) -> str:
        return "\n".join((f"{name}'s profile picture", name, when, text, "212", "31"))

    chained = (
        post("mairead_colquhoun", "07/15/24", "Two years since the inquiry reported. A thread on what has changed."),
        post(
            "mairead_colquhoun",
            "07/15/24",
            "2/ The inquiry made dozens of recommendations, and the council accepted them.",
        ),
        post("mairead_colquhoun", "07/15/24", "3/ The hard part is who checks. Progress reports go to a committee."),
    )
    reply = post("ben_oyelaran", "07/15/24", "Really useful. Post 3 is the whole story for me.")
    doc = clean(source("\n".join(("Strands", "Thread", *chained, "", "Replies", reply))))
    assert (doc.author, doc.date) == ("mairead_colquhoun", "2024-07-15")
    assert [b.text[:3] for b in doc.body] == ["Two", "2/ ", "3/ "]
    assert [c.author for c in doc.comments] == ["ben_oyelaran"]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert removed.count(("mairead_colquhoun", "head of the writer's next post in the thread")) == 2
    # The replies' header closes the chain: the writer's answer under it is a reply.
    doc = clean(source("\n".join(("Strands", "Thread", *chained[:2], "Replies", chained[2], reply))))
    assert [b.text[:3] for b in doc.body] == ["Two", "2/ "]
    assert [c.author for c in doc.comments] == ["mairead_colquhoun", "ben_oyelaran"]
    # (No "Replies" header: the opener's second post answers the first, as on a forum.)
    doc = clean(source("\n".join(("Strands", "Thread", *chained[:2], reply))))
    assert [c.author for c in doc.comments] == ["mairead_colquhoun", "ben_oyelaran"]


def test_capitals_over_a_name_are_a_commenters_picture_only_over_a_heads_date() -> None:
    opening = "The trust's annual report lists the bodies it worked with over the year, by their initials."
    page = "\n".join(
        (
            "Partners",
            "By Jo Bell",
            "12 March 2015",
            opening,
            "NHS",
            "National Health Service",
            ARTICLE,
            "",
            "2 comments",
            "RC",
            "Ryn Castell",
            "2 days ago",
            "Good to see the health service listed first.",
        )
    )
    doc = clean(source(page))
    assert [b.text for b in doc.body][:3] == [opening, "NHS", "National Health Service"]
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Ryn Castell", ("Good to see the health service listed first.",))
    ]
    assert ("RC", "picture's alt text") in [(r.text, r.reason) for r in doc.removed]


def test_ghosts_comments_with_initials_and_expertise_and_the_writers_answer() -> None:
    # Ghost's members' comments: the initials standing for the picture, the name, the member's
    # expertise (commas and all) beside the age; the writer answering under a reader answers them.
    def comment(name: str, expertise: str, text: str) -> str:
        initials = "".join(word[0] for word in name.split())
        return f"{initials}\n{name}\n{expertise} · 7 mo ago\n{text}\nLike\n12\nReply\nMore\n\n"

    thread = (
        "Member discussion\n"
        + comment("Joan Reddaway", "Designated safeguarding lead", "Thank you for doing this.")
        + comment("Imogen Stray", "Author", "Ha, glad it resonated.")
        + comment(
            "Piers Halloway", "Independent scrutineer, safeguarding partnership", "One suggestion for the method."
        )
    )
    page = f"The Follow-Through\nEight months on\nImogen Stray\nJun 13, 2023\n—\n7 min read\n{ARTICLE}\n\n{thread}"
    doc = clean(source(page))
    assert (doc.author, doc.date, doc.body[0].text) == ("Imogen Stray", "2023-06-13", ARTICLE.split("\n")[0])
    assert [(c.author, [r.author for r in c.replies]) for c in doc.comments] == [
        ("Joan Reddaway", ["Imogen Stray"]),
        ("Piers Halloway", []),
    ]
    assert {r.text: r.reason for r in doc.removed}["PH"] == "picture's alt text"


def test_a_dynamic_views_post_reads_its_title_over_a_yearless_date_and_its_foot() -> None:
    # Blogger's Dynamic Views: the title over "Jan 14th" (the date without its year), the text
    # signed off, "Posted DATE by NAME" and the labels at its foot, then "5 View comments".
    page = "\n".join(
        (
            "Notes from the Roch Valley",
            "Classic",
            "Flipcard",
            "Magazine",
            "",
            "The review and the people who weren't in the room",
            "Jan 14th",
            ARTICLE,
            "Nell",
            "",
            "Posted 14th January 2013 by Nell Harker",
            "Labels: Rochdale, governance",
            "5 View comments",
            "",
            "Anonymous",
            "January 14, 2013 at 10:41 PM",
            "Going straight into my next report, with credit.",
            "Reply",
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "The review and the people who weren't in the room",
        "Nell Harker",
        "2013-01-14",
    )
    assert [b.text for b in doc.body] == [*ARTICLE.split("\n"), "Nell"]
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Anonymous", ("Going straight into my next report, with credit.",))
    ]
    meta = {m.text: m.field for m in doc.metadata}
    assert "5 View comments" in meta and "Jan 14th" in meta


def test_a_discussion_topic_reads_its_votes_labels_edit_stamp_and_topic_log_as_furniture() -> None:
    # Tildes: the topic's byline and "Edited DATE" (not its date), its votes; each comment's name and
    # date, perhaps the readers' "Exemplary" label, the text, its votes and "Reply".
    def comment(name: str, when: str, text: str, label: bool = False) -> str:
        return "\n".join((name, when, *(("Exemplary",) if label else ()), text, "23 votes", "Reply"))

    page = "\n".join(
        (
            "Tessera",
            "Eight years from one report to the next: what actually joined up?",
            "Posted Oct 24, 2022 by quarrystone",
            "Edited Oct 25, 2022",
            "41 votes",
            ARTICLE,
            "Topic log",
            "Show topic log",
            "",
            "2 comments",
            comment("larchmont", "Oct 24, 2022", "I clerk an overview and scrutiny committee.", label=True),
            comment("finchwater", "Oct 25, 2022", "On your second question: yes, some things did."),
        )
    )
    doc = clean(source(page))
    assert (doc.author, doc.date) == ("quarrystone", "2022-10-24")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("larchmont", ("I clerk an overview and scrutiny committee.",)),
        ("finchwater", ("On your second question: yes, some things did.",)),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["23 votes"] == "counter" and "41 votes" in removed
    assert furniture_reason("12,345 votes") is None  # (an election's result in an article stays)
    assert removed["Edited Oct 25, 2022"] == "edit note"
    assert removed["Topic log"] == removed["Show topic log"] == "navigation"
    assert removed["Exemplary"] == "commenter badge" and furniture_reason("Exemplary") is None
    assert furniture_reason("Edited 28/08/2014 8:02am") == "edit note"  # (Vanilla's, under a post's date)


def test_a_google_plus_post_reads_its_sharer_date_hashtags_and_plus_ones() -> None:
    # Google+: the name over "Shared publicly  -  DATE", the hashtags, the post (its bold first
    # line the title), "Read more" / "Shrink", the +1 count; each comment's initials, name, date
    # and text, then its own +1 count.
    page = "\n".join(
        (
            "Plusroom",
            "Sign in",
            "",
            "Aled Ferris",
            "Shared publicly  -  27 Aug 2014",
            "#Rotherham   #ChildProtection",
            "Five things the inquiry says about governance",
            ARTICLE,
            "Read more",
            "Shrink",
            "+23",
            "6 comments",
            "",
            "OB",
            "Ola Brennan",
            "27 Aug 2014",
            "Point 3 is the one that worries me.",
            "+4",
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "Five things the inquiry says about governance",
        "Aled Ferris",
        "2014-08-27",
    )
    assert doc.tags == ("Rotherham", "ChildProtection")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Ola Brennan", ("Point 3 is the one that worries me.",))
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["+4"] == "counter" and "+23" in removed
    assert removed["Shrink"] == "navigation"


def test_comments_headed_name_wrote_and_dated_under_their_text_and_the_form_that_ends_them() -> None:
    # Windows Live Spaces and Posthaven: "NAME wrote:" (or "responded:") over the text, its date
    # under it; "Add a comment" ends the thread, and the trackbacks under it are the page's.
    def comment(head: str, text: str, when: str) -> str:
        return "\n".join((head, text, when, ""))

    page = "\n".join(
        (
            "Notes from the Terrace",
            "Tuesday, November 18, 2008",
            "Haringey, and why none of us are surprised",
            ARTICLE,
            "",
            "Comments (3)",
            "",
            comment("Dawn B wrote:", "Well said Gareth. We had the same conversation today.", "18/11/2008 23:31"),
            comment(
                "Kev the Health Visitor wrote:",
                "Agree with most of this, but health were in it too.",
                "19/11/2008 07:15",
            ),
            comment(
                "Marta Lisle responded:", "Your three questions are better than most training.", "January 28, 2013"
            ),
            "Add a comment",
            "Trackbacks",
            "Weblogs that reference this entry",
            "Keeping it on the duty desk",
        )
    )
    doc = clean(source(page))
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Dawn B", "2008-11-18", ("Well said Gareth. We had the same conversation today.",)),
        ("Kev the Health Visitor", "2008-11-19", ("Agree with most of this, but health were in it too.",)),
        ("Marta Lisle", "2013-01-28", ("Your three questions are better than most training.",)),
    ]
    assert "Keeping it on the duty desk" in {r.text for r in doc.removed}


def test_a_book_review_reads_its_shelves_reading_progress_and_numbered_messages() -> None:
    # A book site: the shelves the review is on, the reader's progress under the review, each
    # comment headed "message N: by NAME" over its date.
    page = "\n".join(
        (
            "Shelfnotes",
            "The Paper Shield: Inquiries, Reports and the Politics of Child Protection",
            "Tomasz Reilly's review",
            "Mar 14, 2020",
            "bookshelves: policy, non-fiction, social-work",
            "",
            ARTICLE,
            "",
            "Reading Progress",
            "February 20, 2020 – Started Reading",
            "March 9, 2020 – Finished Reading",
            "",
            "message 1: by Ruth Okafor",
            "Mar 15, 2020 09:12AM",
            "Adding this to my list of books for the term.",
            "reply | flag *",
        )
    )
    doc = clean(source(page))
    assert (doc.date, doc.tags) == ("2020-03-14", ("policy", "non-fiction", "social-work"))
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Ruth Okafor", "2020-03-15", ("Adding this to my list of books for the term.",))
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Reading Progress"] == removed["February 20, 2020 – Started Reading"] == "navigation"


def test_a_quotation_headed_my_friend_wrote_and_a_date_line_under_a_head_start_no_comment() -> None:
    page = "\n".join(
        (
            "A letter from a friend",
            "By Jo Bell",
            "12 March 2015",
            ARTICLE,
            "My friend wrote:",
            "The meeting went on for hours and nothing was decided at all in the end.",
            "14 March 2015",
            "Archives",
        )
    )
    doc = clean(source(page))
    assert doc.comments == ()
    assert "My friend wrote:" in [b.text for b in doc.body]


def test_a_freedom_of_information_request_reads_its_requester_status_buttons_and_annotations() -> None:
    # An Alaveteli site: the request's title over "NAME made this Freedom of Information request
    # to BODY", its status, its buttons; each message under its sender and date with "Link to this
    # | Report" under it; a reader's "NAME left an annotation (DATE)"; the request's own menu.
    page = "\n".join(
        (
            "RightToAsk",
            "",
            "Minutes and correspondence about the 2002 research report",
            "",
            "Daniel Okafor made this Freedom of Information request to Rotherham Metropolitan Borough Council",
            "This request has been closed to new correspondence. Contact us if you think it should be reopened.",
            "The request was partially successful.",
            "Follow",
            "Download a zip file of all correspondence",
            "",
            "Daniel Okafor",
            "3 September 2014",
            ARTICLE,
            "Link to this | Report",
            "",
            "Harriet Voss left an annotation (10 September 2014)",
            "A parallel request to the police force might be worth making too.",
            "",
            "Link to this | Report",
            "",
            "Things to do with this request",
            "Follow this request",
            "Request an internal review",
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (
        "Minutes and correspondence about the 2002 research report",
        "Daniel Okafor",
        "2014-09-03",
    )
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Harriet Voss", "2014-09-10", ("A parallel request to the police force might be worth making too.",))
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert (
        removed["Link to this | Report"]
        == removed["Download a zip file of all correspondence"]
        == "reply or vote button"
    )
    assert removed["The request was partially successful."] == "comment form"
    assert read_byline("The parents made this request to the school in March") is None  # (a sentence, no byline)


def test_a_talk_boards_notice_post_count_watch_button_staff_mark_and_a_quoted_fragment() -> None:
    # A parenting forum's thread: its notice over the title, the post count and buttons under it,
    # each post's "NAME · DATE" head, a staff member's capitals after the name, and a reply that
    # opens with a few words of the opening post on a line of their own.
    title = "Jay report - is anyone else finding it hard to read?"
    opening = "Has anyone else read the whole Jay report yet? I keep stopping after a few pages and coming back."
    fragment = "read the whole Jay report yet"
    page = "\n".join(
        (
            "Parents Corner",
            "Talk › In the news",
            "This thread is not being actively moderated. Please use the report button if you see a problem.",
            "",
            title,
            "(4 Posts)",
            "Watch this thread",
            "Flip thread",
            "",
            "Brambleberry · Wed 27-Aug-14 20:14:05",
            opening,
            "Add message | Report | Message poster",
            "",
            "HollyhockLane · Wed 27-Aug-14 20:31:40",
            fragment,
            "Same here. I read the summary first and then went back to chapter five.",
            "Add message | Report | Message poster",
            "",
            "CornerHQ (PC HQ) · Wed 27-Aug-14 21:02:11",
            "Evening all. A reminder that support details are pinned at the top of this topic.",
            "Add message | Report | Message poster",
        )
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (title, "Brambleberry", "2014-08-27")
    assert [b.text for b in doc.body] == [opening]
    # Another's buttons round the title: the board's, over it, and the thread's, under it.
    controls = f"Start a new thread\n{title}\nWatch this thread\nHide this thread\nSee all posts by OP\n"
    other = clean(source(page.replace(f"{title}\n(4 Posts)\nWatch this thread\nFlip thread\n", controls)))
    assert (other.title, [b.text for b in other.body]) == (title, [opening])
    assert [c.author for c in doc.comments] == ["HollyhockLane", "CornerHQ"]
    reply = doc.comments[0]
    assert reply.quote is not None and reply.quote.paragraphs == (fragment,)
    assert reply.paragraphs == ("Same here. I read the summary first and then went back to chapter five.",)
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["(4 Posts)"] == "counter"
    assert removed["Watch this thread"] == "comment form"
    assert removed[page.split("\n")[2]] == "forum notice"
    # Capitals in brackets after a name are a badge; words in brackets are part of the name.
    assert clean(source(page.replace("CornerHQ (PC HQ)", "Pete (Wath)"))).comments[1].author == "Pete (Wath)"


def test_an_mps_post_signed_posted_by_name_and_date_under_its_text_starts_no_thread() -> None:
    # A campaign platform's post footer: "Posted by NAME MP · DATE", then the tags, share buttons
    # and the next posts' titles and dates. A comment head reads alike ("NAME · DATE"), but this
    # is the post's own byline.
    page = "\n".join(
        (
            "Dana Whitcombe MP",
            "News",
            "My questions to the minister on the inspection report",
            "Friday, September 05, 2014",
            ARTICLE,
            "Posted by Dana Whitcombe MP · September 05, 2014 4:12 PM",
            "Tags: inspection, letters",
            "Share this post on Twitter",
            "Do you like this post?",
        )
    )
    doc = clean(source(page))
    assert (doc.author, doc.date, doc.comments) == ("Dana Whitcombe", "2014-09-05", ())
    assert doc.tags == ("inspection", "letters")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")


def test_an_elected_members_office_around_a_bylines_name_is_not_the_name() -> None:
    assert read_byline("Posted by Dana Whitcombe MP · September 05, 2014 4:12 PM") == Byline(
        author="Dana Whitcombe", date="2014-09-05"
    )
    assert read_byline("Submitted by Cllr Priya Hallam on Mon, 15/09/2014 - 10:12").author == "Priya Hallam"
    # ("Posted: DATE by NAME" is another pattern; it must not read "by NAME · DATE" as its date.)
    assert read_byline("Posted: 12 Sep 2014 by Jo Marsh") == Byline(author="Jo Marsh", date="2014-09-12")
    # Two words of the name are left, or the office stays: "Cllr Hallam" may be all the page calls her.
    assert read_byline("By Cllr Hallam").author == "Cllr Hallam"


def test_a_magazine_bylines_name_date_and_count_is_no_comment_head() -> None:
    page = "\n".join(
        (
            "Governance",
            "Three days after the report: the questions nobody minuted",
            "by Alys Penrose · August 29, 2014 · 7 Comments",
            ARTICLE,
        )
    )
    doc = clean(source(page))
    assert (doc.author, doc.date, doc.comments) == ("Alys Penrose", "2014-08-29", ())


def _replied_thread(*comments: tuple[str, str, str]) -> Document:
    """A threaded page's comments, each its name, date and text over a "Reply" button."""
    heads = "\n".join(f"{name}\n{date}\n{text}\nReply" for name, date, text in comments)
    return thread_doc(f"{len(comments)} comments\n{heads}")


@pytest.mark.parametrize(
    ("comments", "first"),
    [
        (  # "@NAME" opening the reply
            [
                (
                    "quietdale",
                    "1 Sep 2014 18:40",
                    "Agree with almost all of this, especially the part about assurance.",
                ),
                (
                    "ColinFromHull",
                    "1 Sep 2014 19:05",
                    "@quietdale Assurance is what you get when the person reporting also wrote the policy.",
                ),
                ("NorthernAlto", "1 Sep 2014 20:15", "I was a scrutiny officer in a northern authority for six years."),
            ],
            "quietdale",
        ),
        (  # "Agree with NAME." opening it (not "what Ben said", a name in passing): their latest comment
            [
                (
                    "Ben Ashdown",
                    "Oct 24, 2022",
                    "On mandatory reporting: I'm a teacher and we already report everything.",
                ),
                (
                    "Hal Okonedo",
                    "Oct 25, 2022",
                    "Agree with Ben. The proposed authority is more interesting to me than the duty.",
                ),
                ("Sunita Rhodes", "Nov 2, 2022", "I agree with what Ben said about the duty, mostly."),
            ],
            "Ben Ashdown",
        ),
    ],
)
def test_a_reply_opening_at_a_commenter_above_answers_them_on_a_threaded_page(
    comments: list[tuple[str, str, str]], first: str
) -> None:
    doc = _replied_thread(*comments)
    assert [(c.author, [r.author for r in c.replies]) for c in doc.comments] == [
        (first, [comments[1][0]]),
        (comments[2][0], []),
    ]


_GROUPED = (
    ("Margery Dunlop", "The first piece I have read about the people who receive the reports."),
    ("Callum Reddaway", "Because the receiving end is expensive and the reporting end is free."),
    ("Sunita Vaghela", "The cost of not doing it was higher than the cost of the inquiry."),
    ("Jonah Tredwell", "Social worker here. The head teacher quoted in the piece is right."),
    ("Penny Oakes", "Good column. I would like to see a follow-up in a year."),
    ("Ravi Mistry", "A year is too soon for anything to show in the figures."),
)


@pytest.mark.parametrize("button", ["Reply", "Like"])
@pytest.mark.parametrize("separated", [False, True])
def test_blank_lines_between_some_comments_only_set_their_threads_apart(button: str, separated: bool) -> None:
    # A widget that lost its indentation leaves a blank line over each thread and none between
    # the answers under its first comment, on a page with "Reply" buttons or without; a blank
    # line between every comment says nothing of the threads.
    def block(*comments: tuple[str, str]) -> str:
        return ("\n\n" if separated else "\n").join(f"{name}\n2 years ago\n{text}\n{button}" for name, text in comments)

    doc = thread_doc(f"6 comments\n\n{block(*_GROUPED[:3])}\n\n{block(_GROUPED[3])}\n\n{block(*_GROUPED[4:])}")
    names = [name for name, _ in _GROUPED]
    if separated:
        assert _tree(doc.comments) == [(name, []) for name in names]
    else:
        assert _tree(doc.comments) == [
            (names[0], [(names[1], []), (names[2], [])]),
            (names[3], []),
            (names[4], [(names[5], [])]),
        ]


def test_a_name_over_a_head_that_names_it_again_is_no_comment_text() -> None:
    heads = "\n".join(
        f"{name}\nPosted by {name} on Saturday, November 15, 2008 at {time}\n{text}\nReply to this\n"
        for name, time, text in (
            ("Kelz", "4:02 AM", "proper agree with this, it is always the same thing again"),
            ("Marcus T", "1:46 PM", "The inspectors rated them fine not that long ago."),
        )
    )
    doc = thread_doc(f"Comments (2)\n{heads}")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Kelz", ("proper agree with this, it is always the same thing again",)),
        ("Marcus T", ("The inspectors rated them fine not that long ago.",)),
    ]


def test_a_papers_premoderation_notice_and_its_thread_count_are_chrome() -> None:
    notice = "Comments on this piece are premoderated to ensure discussion remains on the topics raised by the writer."
    assert furniture_reason(notice, prose=True) == "comment form"
    assert furniture_reason("Displaying threads 1 to 4 of 61") == "comment form"


def test_a_charity_posts_appeal_publications_and_download_and_a_staff_badge_under_says() -> None:
    appeal = "Every £10 helps us train another independent advocate for a young person in care."
    assert furniture_reason(appeal, prose=True) == "subscription prompt"
    assert furniture_reason("Every 10 minutes a child is referred.") is None
    assert furniture_reason("Download PDF (420KB)") == "navigation"
    assert furniture_reason("Related publications") == "related links heading"
    doc = thread_doc(
        "\n".join(
            (
                "2 responses",
                "Pete Calder says:",
                "2015-03-18 at 09:02",
                "A published annual record is a good idea and cheap to do.",
                "Reply",
                "Nadia Okafor says:",
                "Hearthstone staff",
                "2015-03-18 at 11:47",
                "Thanks Pete, that's a really useful addition.",
                "Reply",
            )
        )
    )
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments[:1] + doc.comments[0].replies] == [
        ("Pete Calder", "2015-03-18", ("A published annual record is a good idea and cheap to do.",)),
        ("Nadia Okafor", "2015-03-18", ("Thanks Pete, that's a really useful addition.",)),
    ]


def test_a_letters_close_and_its_signer_under_the_last_paragraph_stay_above_the_pages_chrome() -> None:
    page = "\n".join(
        (
            "After the report: what happens now",
            ARTICLE,
            "With love and solidarity,",
            "Margaret",
            "Donate to the Alliance",
            "Every £10 helps us keep the helpline open for another hour.",
            "Donate now",
            "Privacy policy",
        )
    )
    doc = clean(source(page))
    assert [b.text for b in doc.body] == [*ARTICLE.split("\n"), "With love and solidarity,", "Margaret"]
    assert {"Donate to the Alliance", "Donate now"} <= {r.text for r in doc.removed}


def test_a_disqus_reply_naming_its_parent_under_a_greater_than_sign_and_a_badge() -> None:
    def comment(name: str, text: str, *head: str) -> str:
        return "\n".join((name, *head, "• 9 years ago", text, "14", "• Reply •", "Share ›", ""))

    doc = thread_doc(
        "6 comments\nSort by Best\n\n"
        + comment("OldSchoolRawmarsh", "Good on her for saying it at the meeting.")
        + comment("Pam Ecclesfield", "Last on the agenda is exactly it.", "> OldSchoolRawmarsh")
        + comment("Callum Strines", "Thanks Pam, I will be in touch.", "Mod", "> Pam Ecclesfield")
        + comment("Gary Birkwood", "Names, not processes.")
    )
    tree = [(c.author, [(r.author, [g.author for g in r.replies]) for r in c.replies]) for c in doc.comments]
    assert tree == [
        ("OldSchoolRawmarsh", [("Pam Ecclesfield", ["Callum Strines"])]),
        ("Gary Birkwood", []),
    ]
    assert doc.comments[0].replies[0].paragraphs == ("Last on the agenda is exactly it.",)
    assert "> OldSchoolRawmarsh" not in {b.text for b in doc.body}


def test_a_university_sites_heads_name_how_they_logged_in_and_whom_they_answer_above_them() -> None:
    # "NAME" / "logged in via Google" / DATE under the comments' header, and a reply headed by
    # "In reply to NAME" over the replier's name, perhaps the writer's "Author" badge, and the date.
    def comment(head: str, text: str) -> str:
        return f"{head}\n{text}\nReport\nReply\n\n"

    first = "I remember hearing about this research second-hand, and nobody I knew had seen it."
    doc = thread_doc(
        "3 Comments\nOldest\nNewest\n\n"
        + comment("Ian Carver\nlogged in via Google\nAugust 27, 2014", first)
        + comment("In reply to Ian Carver\nRuth Calloway\nAuthor\nAugust 27, 2014", "Thank you, Ian. That matches it.")
        + comment(
            "In reply to Ruth Calloway\nIan Carver\nlogged in via Google\nAugust 28, 2014",
            "Partly, yes. Supervision was mostly about caseloads then.",
        )
    )
    assert _tree(doc.comments) == [("Ian Carver", [("Ruth Calloway", [("Ian Carver", [])])])]
    assert [c.date for c in (doc.comments[0], doc.comments[0].replies[0])] == ["2014-08-27", "2014-08-27"]
    assert doc.comments[0].paragraphs == (first,)
    # Under an article's headline, a name over a line of words and the date is a byline, no comment.
    page = "Council responds to report\nRiverbank Families Network\nBulletin No. 14\nTuesday 3rd March 2015\n"
    assert clean(source(page + ARTICLE)).comments == ()


def test_a_tabloids_bulleted_summary_commenters_towns_votes_and_its_notice_over_the_comments() -> None:
    title = "Police commissioner told to quit as inquiry fallout grows"
    points = ("• Cross-party calls for resignation after inquiry report", "• Council leader already gone")
    head = "\n".join(("Daily Starling", "News", "INQUIRY SCANDAL", title, *points, "By Carys Pendlebury"))
    views = "The views expressed in the contents above are those of our users and do not reflect ours."
    thread = "\n".join(
        (
            "Comments (142)",
            views,
            "",
            "Pat Hinchcliffe, Sheffield, United Kingdom, 2 days ago",
            "He had the job, he had the title, he had the salary, so he should go now.",
            "Click to rate",
            "▲ 412",
            "▼ 18",
            "Report abuse",
            "",
            "Dot Ackroyd",
            "Rotherham, United Kingdom, 27/08/2014 17:02",
            "I've lived here all my life and nobody in charge ever came to ask us anything.",
            "Click to rate",
            "",
            "Lynn from Leeds, Leeds, United Kingdom, 1 day ago",
            "Resigning isn't enough, there needs to be an investigation into all of it.",
            "Click to rate",
        )
    )
    read_more = "READ MORE: What happens now to the council?"
    doc = clean(source(f"{head}\n27 Aug 2014\n{ARTICLE}\n{read_more}\n{ARTICLE}\nFollow @DailyStarling\n{thread}"))
    assert (doc.title, doc.standfirst) == (title, " ".join(points))
    assert [(c.author, c.date) for c in doc.comments] == [
        ("Pat Hinchcliffe", None),
        ("Dot Ackroyd", "2014-08-27"),
        ("Lynn from Leeds", None),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["▲ 412"] == removed["▼ 18"] == "counter"
    assert removed[read_more] == "link to another story"
    assert removed[views] == "comment form" and "Follow @DailyStarling" in removed
    # Its form and footer under the thread: the last comment's buttons closed it, the form's
    # sentence left no paragraph after them.
    form = "Add your comment\nWhat's This?\nBy posting your comment you agree to our house rules.\nSubmit"
    footer = "Back to top\nHome\nNews\nSport\nPublished by Daily Starling Ltd\nHow to complain\nContributors"
    thread = thread.replace("Click to rate", "Click to rate\nReply")
    doc = clean(source(f"{head}\n27 Aug 2014\n{ARTICLE}\n{thread}\n{views}\n{form}\n\n{footer}"))
    assert [c.paragraphs[-1][:9] for c in doc.comments] == ["He had th", "I've live", "Resigning"]
    assert {r.text for r in doc.removed} >= {*form.split("\n"), *footer.split("\n")}
    # ("NAME from TOWN" is a name only before the town and date: alone, it is a headline.)
    assert not commenter_name("Bins from Monday")


def test_a_comments_plugins_thread_under_an_mps_statement() -> None:
    # "Published DATE by NAME" is the byline. The plugin prints the name, the commenter's town or
    # work, the text, then "Like · Reply · 14 · 9y" (the likes among the buttons); a reply's words
    # say whom it answers, and the plugin shows one level of replies.
    def comment(name: str, text: str, profile: str = "") -> str:
        return f"{name}\n{profile}{text}\nLike · Reply · 3 · 9y\n"

    thread = (
        "4 Comments\nSort by\nTop\n"
        + comment(
            "Margaret Ibbotson", "Thank you for this Sarah, it rang very true.", "Retired at Farrowdale Council\n"
        )
        + comment("Dean Whitlow", "Good words but what is your party going to do?", "Farrowdale\n")
        + comment("Kerry-Anne Moss", "Letters are how scrutiny starts, Dean. It's the job.")
        + comment("Dean Whitlow", "Thanks Kerry-Anne, fair enough.")
    )
    head = "Statement on the Casey report\nPublished 13/02/2015 by Sarah Kettlewell\n"
    doc = clean(source(f"{head}{ARTICLE}\n{thread}"))
    assert (doc.author, doc.date) == ("Sarah Kettlewell", "2015-02-13")
    assert _tree(doc.comments) == [
        ("Margaret Ibbotson", []),
        ("Dean Whitlow", [("Kerry-Anne Moss", []), ("Dean Whitlow", [])]),
    ]
    assert doc.comments[1].paragraphs == ("Good words but what is your party going to do?",)


def test_a_social_networks_folded_replies_link_and_an_edited_comments_buttons() -> None:
    assert furniture_reason("Jolene Marriott replied · 2 replies") == "reply or vote button"
    doc = thread_doc(
        "\n".join(
            (
                "12 comments",
                "Most relevant",
                "",
                "Dawn Featherstone",
                "Thank you for organising this Jo. I'll be there with my neighbour.",
                "Like · Reply · 9y",
                "Jolene Marriott replied · 1 reply",
                "Stacey Mulrooney",
                "Top contributor",
                "Have the councillors actually said they'll come to the meeting?",
                "Like · Reply · 9y",
                "Gary Nutbrown",
                "Put the names on the poster and they'll come, I promise you that.",
                "Like · Reply · 9y · Edited",
                "Wayne Hepworth",
                "Good that it's not going to turn into a shouting match this time.",
                "Like · Reply · 9y",
            )
        )
    )
    assert [c.author for c in doc.comments] == [
        "Dawn Featherstone",
        "Stacey Mulrooney",
        "Gary Nutbrown",
        "Wayne Hepworth",
    ]


def test_a_block_themes_category_under_its_byline_and_its_post_navigation() -> None:
    page = "\n".join(
        (
            "The Scrutiny Desk",
            "About",
            "2014-09-04",
            "Who was scrutinising the scrutineers?",
            "Written by Alun Threlfall",
            "in Local government",
            ARTICLE,
            "Alun",
            "Previous: The budget meeting nobody attended",
            "Next: Notes from the regional scrutiny network, September",
        )
    )
    doc = clean(source(page))
    assert (doc.author, doc.date, doc.categories) == ("Alun Threlfall", "2014-09-04", ("Local government",))
    assert doc.body[-1].text == "Alun"
    assert furniture_reason("Next: we meet the minister on Monday.") is None  # (a sentence, not a link)


def test_a_broadcasters_media_caption_and_call_for_experiences_by_email() -> None:
    call = (
        "Have you been affected by the issues raised in this story? Share your experiences by emailing a@b.example.com."
    )
    assert furniture_reason(call, prose=True) == "page notice"
    assert furniture_reason("Media caption, The chief executive was asked why warnings were missed") == "image caption"


def test_a_reply_headed_by_its_name_run_on_to_the_date_under_the_buttons_above() -> None:
    doc = thread_doc(
        "\n".join(
            (
                "Comments (2)",
                "Newest First",
                "",
                "Tobias Wren · March 18, 2015",
                "Good list. It is worth comparing the inspection of another council last month.",
                "Reply",
                "Like",
                "Nadia Corran March 18, 2015",
                "Agreed, and we will be asking the county's scrutiny chair exactly that.",
                "Reply",
                "Like",
            )
        )
    )
    assert [(c.author, c.date, c.paragraphs[0][:7]) for c in doc.comments] == [
        ("Tobias Wren", "2015-03-18", "Good li"),
        ("Nadia Corran", "2015-03-18", "Agreed,"),
    ]
    assert (
        furniture_reason("Stay in the loop") == furniture_reason("Sign up for more like this.") == "subscription prompt"
    )
    # Under a headline, a name run on to the date heads no comment.
    page = f"Council publishes its review\nSam Kettering 12 March 2015\n{ARTICLE}"
    assert clean(source(page)).comments == ()


def test_a_professional_networks_article_its_writers_job_over_the_date_and_comments_by_degree() -> None:
    title = "After the inspection: five questions every board should ask itself"
    head = "\n".join(
        (
            "ProLink",
            title,
            "Report this article",
            "Harriet Solway",
            "Safeguarding consultant at Solway Practice Reviews",
            "Published Feb 5, 2015",
            "+ Follow",
        )
    )
    thread = "\n".join(
        (
            "12 Comments",
            "Most relevant",
            "",
            "Owain Trefusis · 2nd",
            "Independent Chair, Local Safeguarding Children Board",
            "9y",
            "Question 2 is the uncomfortable one. I looked back at our minutes after reading this.",
            "Like · Reply",
            "Harriet Solway",
            "Author",
            "Safeguarding consultant at Solway Practice Reviews",
            "9y",
            "That honesty is exactly the point, Owain. Saying no rarely is fine if you can show why.",
            "Like · Reply",
            "",
            "Rafe Oduya · 3rd+",
            "Social worker | Practice educator",
            "9y",
            "Number 4 please. I have worked in three authorities and never once been asked.",
            "Like · Reply",
        )
    )
    doc = clean(source(f"{head}\n{ARTICLE}\n{thread}"))
    assert (doc.title, doc.author, doc.date) == (title, "Harriet Solway", "2015-02-05")
    assert _tree(doc.comments) == [("Owain Trefusis", [("Harriet Solway", [])]), ("Rafe Oduya", [])]
    assert doc.comments[0].paragraphs[0].startswith("Question 2")


def test_what_the_thirty_fourth_and_fifth_rounds_rules_must_leave_alone() -> None:
    # A headline with "at" in it over the date, under a site's name, is no writer's job.
    page = f"Yorkshire Evening Post\nFury at Westminster over bin collections\n12 March 2015\n{ARTICLE}"
    assert clean(source(page)).title == "Fury at Westminster over bin collections"
    # "@Ben's point" and "@Ben." address Ben.
    from site_src.clean.replies import addressed

    assert addressed("@Ben's point is the right one.")[:1] == addressed("@Ben. Totally agree.")[:1] == ["ben"]
    # Two spaces after "Posted" do not make "by NAME" a date.
    spaced = read_byline("Posted  by Derek Lawton")
    assert spaced is None or spaced.date is None
    # A news appeal's sum is no charity's: "Just £200 will be spent…".
    assert furniture_reason("Just £200 will be spent on repairs this year, the council says.", prose=True) is None
    # An "In reply to" line of the said-in-reply form over a head names the parent without failing.
    doc = thread_doc(
        "2 Comments\nMargaret Thornbury\n3 March 2015\nThe first comment, at a sentence's length here.\nReply\n"
        "In reply to Peter Hallworth said in reply to Margaret Thornbury...\nPeter Hallworth\nAuthor\n"
        "4 March 2015\nThe answer, at a sentence's length here too.\nReply\n"
    )
    assert [c.author for c in doc.comments][:1] == ["Margaret Thornbury"]


def test_a_councils_press_release_from_its_cabinet_member_and_a_forum_threads_tags_over_a_gap() -> None:
    assert read_byline("From: Joanne Prewitt, Cabinet Member for Children's Services", head=True).author == (
        "Joanne Prewitt"
    )
    assert read_byline("From: Department for Education", head=True).author == "Department for Education"
    head = "Don Valley Talk\nShould the PCC go?\nThread starter GreasbroughGeoff\nStart date Sep 9, 2014\n"
    post = f"GreasbroughGeoff\nWell-known member\nSep 9, 2014\n#1\n{ARTICLE}\n"
    doc = clean(source(f"{head}Tags\njay report\npcc\n\n{post}"))
    assert doc.tags == ("jay report", "pcc")
    # Capitalised lines under "Tags" are no forum's tags.
    assert clean(source(f"{head}Tags\nJay Report\nPCC\n\n{post}")).tags == ()
    # Or with the thread's "Watch" button closing them; under the thread, the reply prompt is furniture.
    foot = "You must log in or register to reply here.\n"
    doc = clean(source(f"{head}Tags\njay report\npcc\nWatch\n\n{post}{foot}"))
    assert doc.tags == ("jay report", "pcc") and doc.body[-1].text == ARTICLE.splitlines()[-1]
    assert "You must log in or register to reply here." in {r.text for r in doc.removed}


def test_an_old_link_aggregators_folded_replies_and_its_footer_menu_under_the_thread() -> None:
    assert furniture_reason("load more comments (61 replies)") == "comment form"
    footer = [
        "about",
        "blog",
        "about",
        "advertising",
        "help",
        "site rules",
        "help center",
        "reddiquette",
        "apps & tools",
    ]
    footer += ["natterbox for iPhone", "mobile website", "<3", "NATTERBOX is a registered trademark of natterbox inc."]
    doc = thread_doc(
        "\n".join(
            (
                "12 comments",
                "[–] millmoor 21 points 9 years ago",
                "Good write-up, and thanks for putting it together for everyone here.",
                "permalink embed save report give award reply",
                "[–] rawmarsh_red 3 points 9 years ago",
                "One correction: the inspection was ordered by the Secretary of State.",
                "permalink embed save report give award reply",
                "[–] quietdale 14 points 9 years ago",
                "The inspection is about whether the council can be trusted to fix things at all.",
                "permalink embed save report give award reply",
                "load more comments (3 replies)",
                "",
                *footer,
            )
        )
    )
    assert doc.comments[-1].paragraphs == (
        "The inspection is about whether the council can be trusted to fix things at all.",
    )
    assert set(footer) <= {r.text for r in doc.removed}


def test_a_charity_blogs_byline_with_the_writers_job_its_author_box_and_disqus_replies_beside_their_age() -> None:
    assert read_byline("Posted by Nadia Roscoe, Head of Policy, on 14 May 2013").author == "Nadia Roscoe"
    bio = "Nadia Roscoe is Head of Policy at the Cradlewell Foundation. She was a children's services manager."
    head = "Two years on: are the recommendations sticking?\nPosted by Nadia Roscoe, Head of Policy, on 14 May 2013\n"
    doc = clean(source(f"{head}{ARTICLE}\nAbout the author\n{bio}"))
    assert doc.body[-1].text.startswith("Paragraph 4") and bio in {r.text for r in doc.removed}
    doc = thread_doc(
        "3 Comments\nSort by Best\n"
        "Ged Halloran • 11 years ago\nGood to see someone checking the supervision findings.\nReply\n"
        "Nadia Roscoe\nMod\n→ Ged Halloran • 11 years ago\nThanks, Ged. Would your learning set talk to us?\nReply\n"
    )
    assert _tree(doc.comments) == [("Ged Halloran", [("Nadia Roscoe", [])])]


def test_vbulletin_4s_one_line_quote_header_names_whom_it_quotes() -> None:
    from site_src.clean.quotes import find_quote

    said = "Ofsted inspected children's services in that time, and the board met every quarter."
    texts = ["Quote Originally Posted by Dunnockhill", said, "Inspection looks at what it is shown."]
    found = find_quote(texts, [said], {"Dunnockhill"})
    assert found is not None and (found.author, found.header, found.quoted) == ("Dunnockhill", 1, 1)


def test_new_reddit_names_the_community_beside_the_posts_age() -> None:
    head = "Threadle\nSearch in r/SocialWorkUK\nr/SocialWorkUK • 3 yr. ago\nPosted by u/marram_grass\n"
    thread = "Sort by:\nBest\nSearch Comments\nExpand comment search\nComments Section\n"
    doc = clean(source(f"{head}Do politicians ever read the reports?\n{ARTICLE}\n{thread}"))
    assert (doc.title, doc.site) == ("Do politicians ever read the reports?", "r/SocialWorkUK")
    assert {"Threadle", "Search Comments", "Expand comment search", "Comments Section"} <= {r.text for r in doc.removed}


def test_a_forums_masthead_over_its_description_and_the_threads_tags() -> None:
    menu = "Home\nForums\nWhat's new\nMembers\nLog in\n"
    masthead = "Duty Desk\nA forum for people who work in children's social care\n"
    crumbs = "Forums\nPractice and policy\nReviews, inquiries and reports\n"
    head = (
        "Munro at ten: did anything actually change in your team?\nThread starter amber_lintel Start date 10 May 2021\n"
    )
    tags = "Tags\nmunro review\nsupervision\n\n"
    doc = clean(source(f"{menu}{masthead}{crumbs}\n{head}{tags}amber_lintel\n10 May 2021\n{ARTICLE}\n{crumbs}"))
    assert (doc.site, doc.tags) == ("Duty Desk", ("munro review", "supervision"))


def test_a_papers_buttons_appeal_and_read_more_box_around_a_column() -> None:
    head = "The National Courier\nVoices\nA duty to report is the easy part\nImogen Thackeray\n"
    head += "Friday 21 October 2022 06:00 BST\nComments\nBookmark\nShare\n"
    first, rest = ARTICLE.split("\n", 1)
    box = "Read more\nThe inquiry is over. Now the hard work begins\nLetters: what a commissioner can do\n"
    appeal = "Support free-thinking journalism and subscribe to The National Courier\nSubscribe\n"
    doc = clean(source(f"{head}{first}\n{box}{rest}\n{appeal}"))
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Comments"] == "share or follow widget"
    assert reasons["Letters: what a commissioner can do"] == "link to another story"
    assert reasons[appeal.split("\n")[0]] == "subscription prompt"
    # Under a cookie notice's buttons, "Read more" is the notice's link: the headline under it stays.
    cookie = "This site uses cookies to count visits.\nAccept\nReject\nRead more\n"
    doc = clean(
        source(
            f"{cookie}Local Government, Safeguarding\nA year on: what the inspection asked\n"
            f"Posted on February 4, 2016 by Priya Mallinder\n{ARTICLE}"
        )
    )
    assert doc.title == "A year on: what the inspection asked"


def test_a_wix_posts_byline_reading_time_cards_and_mailing_form() -> None:
    head = "Oakengates Family Forum\nAll Posts\nNews\nWriter's picture\nKaren Odell · 3 min read\nJul 14, 2022\n"
    head += "Updated: Jul 18, 2022\nThe Telford inquiry report: what I understood\n"
    cards = "218 views\n5 comments\nRecent Posts\nSee All\nSummer holiday activities in Oakengates 2022\n"
    cards += "Notes from our June meet-up\n47 views\n0 comments\n"
    form = "Comments\nWrite a comment...\nSubscribe to our updates\nEmail*\n"
    form += "I want to subscribe to your mailing list.\nSubscribe\nThanks for submitting!\n"
    doc = clean(source(f"{head}{ARTICLE}\n{cards}{form}"))
    assert (doc.title, doc.author, doc.date) == (
        "The Telford inquiry report: what I understood",
        "Karen Odell",
        "2022-07-14",
    )
    assert [b.text for b in doc.body] == ARTICLE.split("\n") and doc.comments == ()
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["0 comments"] == reasons["5 comments"] == "counter"
    assert reasons["Notes from our June meet-up"] == "related links"
    assert (
        reasons["I want to subscribe to your mailing list."]
        == reasons["Thanks for submitting!"]
        == "subscription prompt"
    )


def test_a_campaigns_masthead_over_its_description_under_a_menu_and_joomlas_pager() -> None:
    menu = "Home\nAbout the campaign\nNews\nMeetings\n"
    masthead = "Lordship Lane Families Campaign\nParents and carers in Haringey, working for better services\n"
    head = "You are here:\nHome\nNews\nOne year on: what has changed since the review\n"
    byline = "Written by Delia Fairweather\nSaturday, 14 November 2009 10:12\n"
    foot = "< Prev\nNext >\nAbout the campaign\nMeetings\n"
    doc = clean(source(f"{menu}{masthead}{head}{byline}{ARTICLE}\n{foot}"))
    assert (doc.site, doc.author) == ("Lordship Lane Families Campaign", "Delia Fairweather")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert {r.text: r.reason for r in doc.removed}["Next >"] == "navigation"
    # A lone word the copyright line names is the site, whatever follows it.
    doc = clean(
        source(
            f"Patreon\nLog in\nMarion Kettle\nis creating plain-English explainers on councils\n"
            f"Home\nPosts\nReading the commissioners' latest progress report\nNov 3, 2016 at 9:14 PM\n"
            f"{ARTICLE}\n© 2024 Patreon\n"
        )
    )
    assert doc.site == "Patreon"


def test_a_ghost_posts_sign_up_box_and_the_editors_badged_reply() -> None:
    first, rest = ARTICLE.split("\n", 1)
    box = (
        "Sign up for The Quiet Reform\nSlow, careful writing about children's services.\njamie@example.com\nSubscribe\n"
    )
    thread = "Member discussion\n2 comments\n\nNeil Ashworth\nYouth worker · 6 Apr 2023\n"
    thread += "Thank you for writing this without shouting. If anyone reading is a youth worker, read it.\n"
    thread += "Like\nReply\nTamsin Orrell\nEditor · 7 Apr 2023\nThanks Neil. I've added the network to the page.\n"
    thread += "Like\nReply\n"
    doc = clean(
        source(f"A headline for the post\nTamsin Orrell\nApr 6, 2023 — 7 min read\n{first}\n{box}{rest}\n{thread}")
    )
    assert [b.text for b in doc.body] == ARTICLE.split("\n") and doc.redactions.email == 0
    assert [(c.author, c.date) for c in doc.comments] + [(r.author, r.date) for r in doc.comments[0].replies] == [
        ("Neil Ashworth", "2023-04-06"),
        ("Tamsin Orrell", "2023-04-07"),
    ]


def test_a_block_themes_byline_a_word_a_line_and_its_tags_under_the_related_posts() -> None:
    head = "Marginal Notes\nWhat the review asks of the boards that read it\n\n7 March 2015\n—\nby\nHarriet Colquhoun\n"
    head += "in\nSerious case reviews\n\n"
    related = 'Related\nRochdale, and the reviews that came before\n19 December 2012\nIn "Serious case reviews"\n'
    tags = "Tags:\nOxfordshire\nSafeguarding boards\n\nPrevious: Reading the board's annual report\n"
    doc = clean(source(f"{head}{ARTICLE}\nShare this:\nFacebook\n{related}\n{tags}"))
    assert (doc.author, doc.date, doc.categories) == ("Harriet Colquhoun", "2015-03-07", ("Serious case reviews",))
    assert doc.tags == ("Oxfordshire", "Safeguarding boards")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")


def test_a_professional_networks_signed_out_article_its_reactions_sign_up_wall_and_what_follows_the_thread() -> None:
    # The reactions named beside "Like", the "Comment" button between "Like" and "Share", the sign-up
    # wall inside the text, and "See more comments" closing the thread over the writer's other articles.
    head = "Workline\nArticles\nJoin now\nThe final report's recommendations will live or die in the minutes\n"
    head += "Report this article\nHelena Tuckwell\nGovernance adviser to councils\nPublished Oct 27, 2022\n+ Follow\n"
    wall = "Agree & Join Workline\nBy clicking Continue to join or sign in, you agree to Workline's User Agreement.\n"
    row = "Like\nCelebrate\nSupport\n213\n27 Comments\nLike\nComment\nShare\n"
    comment = "Owen Marchetti\nHead of Democratic Services\n1y\nGoing on a sticky note on my monitor.\nLike\nReply\n"
    tail = "See more comments\nMore articles by Helena Tuckwell\nWhat an action plan is for\nNov 18, 2021\n"
    tail += "Explore topics\nSales\nMarketing\nEngineering\n"
    doc = clean(
        source(head + ARTICLE + "\n" + wall + ARTICLE.replace("Paragraph", "Section") + "\n" + row + comment + tail)
    )
    assert (doc.author, doc.date, doc.tags) == ("Helena Tuckwell", "2022-10-27", ())
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Owen Marchetti", ("Going on a sticky note on my monitor.",))
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert {removed[t] for t in ("Celebrate", "Support", "Comment")} == {"reply or vote button"}
    assert {"Agree & Join Workline", wall.splitlines()[1]} <= removed.keys()
    assert {
        "See more comments",
        "More articles by Helena Tuckwell",
        "What an action plan is for",
        "Sales",
    } <= removed.keys()


def test_an_invision_topics_tags_by_its_byline_and_the_opening_post_under_the_topics_buttons() -> None:
    # The tags one a line between the headline and "By NAME, DATE in SECTION"; the opening post under
    # the topic's buttons is the article, its panel ("Members", "386 posts") the poster's.
    def post(name: str, count: str, stamp: str, text: str) -> str:
        panel = f"{name}\nMembers\n{count} posts\nLocation: Wath\nPosted {stamp}\nReport post\n"
        return f"{panel}{text}\nQuote\nShare this post\n\n"

    title = "Commissioners leaving Rotherham - what did the inspection change?"
    head = f"Home\nCouncil & politics\n{title}\n\n{title}\nrotherham\nserious case review\n"
    head += "By dearne_dad, March 26, 2019 in Council & politics\n"
    head += "Share\nFollowers\n3\nReply to this topic\nStart new topic\n\n"
    thread = post("dearne_dad", "386", "March 26, 2019", ARTICLE)
    thread += post(
        "kiveton_kath", "1,142", "March 27, 2019", "Sometimes. The papers are longer and more answers get written down."
    )
    doc = clean(source(head + thread))
    assert (doc.title, doc.author, doc.date) == (title, "dearne_dad", "2019-03-26")
    assert doc.tags == ("rotherham", "serious case review")
    assert [b.text for b in doc.body] == ARTICLE.splitlines()
    assert [(c.author, c.date) for c in doc.comments] == [("kiveton_kath", "2019-03-27")]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["386 posts"] == removed["1,142 posts"] == removed["Members"] == "poster profile"


def test_a_byline_posted_on_a_date_by_a_name_in_a_category() -> None:
    assert read_byline("Posted on March 26, 2019 by Jo Smith in News") == Byline(
        author="Jo Smith", date="2019-03-26", categories=("News",)
    )


def test_a_news_themes_masthead_date_category_badge_and_sidebar_widgets() -> None:
    # The day's date over the masthead is the site's clock, not the article's; the category printed
    # again over the headline, under the breadcrumb ending in it, is the article's; the sidebar's
    # widgets under the thread are lists of links.
    title = "Seven years after the review, who checks that the changes stuck?"
    head = "Thursday, March 17, 2022\nSign in / Join\nAbout us\nVale Affairs\nPolitics and public life in the county\n"
    head += f"Home\nNews\nPolitics\nPolitics\n{title}\nBy Danielle Whitcombe - 14/03/2022\n"
    thread = "7 Comments\n\nAlan Fettiplace\n14/03/2022 9:41 pm\nGood piece, and painfully accurate.\n6\nReply\n\n"
    sidebar = "EDITOR PICKS\nCounty budget passes after late amendment\n21/02/2022\n"
    sidebar += "POPULAR CATEGORY\nNews 412\nPolitics 187\n"
    doc = clean(source(head + ARTICLE + "\n" + thread + sidebar))
    assert (doc.title, doc.site, doc.author, doc.date) == (title, "Vale Affairs", "Danielle Whitcombe", "2022-03-14")
    assert doc.categories == ("Politics",)
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Alan Fettiplace", ("Good piece, and painfully accurate.",))
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Thursday, March 17, 2022"] == "the day's date over the masthead"
    # (Over a post whose only byline is a comment's, the date on the first line is the post's.)
    post = "Tuesday, March 2, 2004\nA headline for the post today\n" + ARTICLE
    assert clean(source(post + "\nComments\nPosted by Sam Brown on March 5, 2004\nGood post, thanks.\n")).date == (
        "2004-03-02"
    )
    assert removed["Sign in / Join"] == "subscription prompt"
    assert removed["EDITOR PICKS"] == removed["POPULAR CATEGORY"] == "related links heading"
    assert {"County budget passes after late amendment", "News 412"} <= removed.keys()


def test_a_campaign_sites_post_its_headline_of_two_sentences_its_comments_and_petition_box() -> None:
    # NationBuilder: the site's tagline a menu away over a headline of two sentences (no full stop)
    # right over the byline; "NAME commented DATE · Flag" heads; supporters' "liked this page"
    # among the comments; the petition box under the thread.
    title = "The government has responded. Here is what we think comes next"
    head = "Every Recommendation Counts\nHolding public bodies to the promises they make after inquiries\n"
    head += f"Home\nAbout us\nSign the petition\nDonate\nLog in\n\n{title}\n"
    head += "Posted by Imogen Hartley · May 25, 2023 2:14 PM\n"
    thread = "Share\n\nShowing 7 reactions\nSign in with\nFacebook\n\n"
    thread += "Rhodri Penhallow commented 2023-05-25 19:41:07 +0100 · Flag\nSigned up for the hour a month.\n\n"
    thread += "Lucy Brereton liked this page\n\n"
    thread += "Bethan Crowle commented 2023-05-25 21:02:11 +0100 · Flag\nI really liked this post\n\n"
    thread += "Imogen Hartley commented 2023-05-26 08:03:55 +0100 · Flag\nBrilliant, thank you Rhodri.\n\n"
    petition = "Sign the petition\n1,284 signatures\nGoal: 2,000 signatures\nWill you sign?\n"
    petition += "Every public body that receives an inquiry's recommendations should publish what it did.\n"
    petition += "First name\nSign\nRecent signers\nAled Prothero, Swansea\n"
    doc = clean(source(head + ARTICLE + "\n" + thread + petition))
    assert (doc.title, doc.site, doc.author, doc.date) == (
        title,
        "Every Recommendation Counts",
        "Imogen Hartley",
        "2023-05-25",
    )
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Rhodri Penhallow", "2023-05-25", ("Signed up for the hour a month.",)),
        ("Bethan Crowle", "2023-05-25", ("I really liked this post",)),  # (a reader's words, not the activity)
        ("Imogen Hartley", "2023-05-26", ("Brilliant, thank you Rhodri.",)),
    ]
    # (A headline over a share row and a standfirst of two sentences, no menu between, stays the title.)
    page = "The Valley Gazette\nCouncil approves new plan for the town centre\nShare\nTweet\n"
    page += "The scheme will cost four million pounds. Work begins in May.\nBy Jo Smith, March 4, 2015\n"
    assert clean(source(page + ARTICLE)).title == "Council approves new plan for the town centre"
    removed = {r.text for r in doc.removed}
    assert {"Showing 7 reactions", "Lucy Brereton liked this page", "1,284 signatures", "Recent signers"} <= removed
    assert {"Aled Prothero, Swansea", petition.splitlines()[4]} <= removed
    reasons = {r.text: r.reason for r in doc.removed}
    assert {reasons[t] for t in ("1,284 signatures", "Goal: 2,000 signatures", "Will you sign?")} == {
        "subscription prompt"
    }


def test_a_portals_syndicated_story_its_list_of_stories_and_replies_shown_under_view_replies() -> None:
    # The list's entries each over their source and reading time; "View 2 replies" counts the
    # replies printed under it, "Hide replies" closes them; a reader may sign with their town, over
    # whom they answer and the age.
    head = "Yonder News\nSign in\nNews\nCouncils told to publish how they act on inquiry findings\n"
    head += "Tamsin Wakefield\nTue, 1 February 2022 at 4:32 pm\n"
    stories = "Recommended Stories\nCouncils warned over rising cost of school transport\nNorthern Wire · 2 min read\n"
    stories += "Bus routes to be cut as operators blame driver shortages\nNorthern Wire · 3 min read\n\n"

    def comment(name: str, text: str, after: str = "", to: str = "") -> str:
        return f"{name}\n{to}2y\n{text}\nReply\n34\n2\n{after}\n"

    thread = "Comments\n112\n\n"
    thread += comment(
        "moorland_reader", "Councillors change every four years, so put it in the constitution.", "View 2 replies\n"
    )
    thread += comment("Ruth", "Constitutions get rewritten too. What lasts is the habit of asking the question.")
    thread += comment("Kev from Marsden", "Agree with both of you. Habit plus rules.", to="In reply to Ruth\n")
    thread += "Hide replies\n\n" + comment("Paula S", "If anyone in Kirklees wants to join a reading group, shout.")
    doc = clean(source(head + ARTICLE + "\n" + stories + thread))
    assert doc.body[-1].text.startswith("Paragraph 4")
    assert _tree(doc.comments) == [("moorland_reader", [("Ruth", [("Kev from Marsden", [])])]), ("Paula S", [])]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Bus routes to be cut as operators blame driver shortages"] == "related links"
    assert removed["Northern Wire · 3 min read"] == "related links"
    # A news list's "Bins from Monday" over its age is no reader signed with their town.
    listing = "Latest news\nBins from Monday\n2 days ago\nThe new collection days start next week across the borough.\n"
    doc = clean(source(head + ARTICLE + "\n" + listing + thread))
    assert "Bins from Monday" not in [c.author for c in doc.comments]
    # Over the article, a "Recent Posts" list ends at the post's own headline over its byline.
    wix = "Karen's Blog\nRecent Posts\nWhat the audit found\nA year of minutes\n\nThe headline of this post\n"
    doc = clean(source(wix + "Karen Odell · 3 min read\n" + ARTICLE))
    assert (doc.title, doc.author) == ("The headline of this post", "Karen Odell")
    assert removed["Hide replies"] == "reply count"
    # Without "Hide replies", "View 2 replies" (or OpenWeb's "Show 2 replies") still opens the two
    # comments under it; "View 2 more replies", the rest of a reply list left folded, opens none.
    for shown, tree in (
        ("Show 2 replies", [("moorland_reader", [("Ruth", []), ("Kev from Marsden", [])]), ("Paula S", [])]),
        ("Show replies (2)", [("moorland_reader", [("Ruth", []), ("Kev from Marsden", [])]), ("Paula S", [])]),
        ("View 2 more replies", [("moorland_reader", []), ("Ruth", []), ("Kev from Marsden", []), ("Paula S", [])]),
    ):
        unclosed = (
            thread.replace("Hide replies\n", "").replace("View 2 replies", shown).replace("In reply to Ruth\n", "")
        )
        assert _tree(clean(source(head + ARTICLE + "\n" + unclosed)).comments) == tree
    # The first commenter answering back among them stands beside the reply they answer.
    back = unclosed.replace("Kev from Marsden", "moorland_reader").replace("Agree with both of you.", "Fair, Ruth.")
    answered = [("moorland_reader", [("Ruth", []), ("moorland_reader", [])]), ("Paula S", [])]
    assert _tree(clean(source(head + ARTICLE + "\n" + back.replace("View 2 more", "View 2"))).comments) == answered


def test_a_forums_related_topics_table_closes_the_thread_but_a_news_pages_topics_heading_cuts_no_text() -> None:
    # Discourse prints its "Related topics" table under the last post: each title, category,
    # count and activity date is page chrome, not more of the last reply.
    posts = (
        "Helen Garside\nhgarside\n14 Jun 2023\n#1\nI've been asked to put together a reading list.\n3 Likes\n"
        "Kwame Asante\nkasante\n15 Jun 2023\n#2\nI'd use the executive summary only.\n2 Likes\n\n"
        "Related topics\nTopic\nReplies\nViews\nActivity\n"
        "Supervision for DSLs: what does good look like?\nPractice\n12\n840\nFeb 2023\n"
    )
    doc = clean(source(f"Safeguarding Practitioners Community\nReading list: which reviews matter?\n{posts}"))
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Kwame Asante", ("I'd use the executive summary only.",))
    ]
    assert "Supervision for DSLs: what does good look like?" in {r.text for r in doc.removed}
    # With no thread, the heading printed between two of the article's paragraphs leaves the second.
    later = "The inquiry found that officers had been told about the abuse many times."
    doc = clean(source(f"Council report published\nBy Jo Smith\n12 March 2015\n{ARTICLE}\nRelated Topics\n{later}"))
    assert doc.body[-1].text == later
    # Nor with its topics' links between.
    topics = "Related Topics\nRotherham\nChild abuse\n"
    doc = clean(source(f"Council report published\nBy Jo Smith\n12 March 2015\n{ARTICLE}\n{topics}{later}"))
    assert doc.body[-1].text == later


def test_a_parenting_forums_thread_its_poll_its_lost_login_links_and_its_flat_replies() -> None:
    # Mumsnet-style: the poster's poll under the opening post (choices, tally, shares naming the
    # choices again) is the forum's; "Please [log in] or [sign up] to access …", its links' words
    # lost, is a prompt; and "Report / Quote / Reply" under every post marks a flat forum, where
    # "@name" answers within one list rather than nesting.
    buttons = "Report\nQuote\nReply\n"
    page = (
        "Kinfold\nTalk\nAIBU to wonder whether anyone checked the changes happened?\n11 replies\nWatch thread\n"
        "Please or to access all these features\n\n"
        "LindenAndLarch · 26/08/2019 21:14\nIt's five years since the report came out; what happened.\n"
        "Is it just me who has never seen a list of what was promised?\n"
        f"{buttons}You are being unreasonable\nYou are NOT being unreasonable\n38 votes. Final results.\n"
        "You are being unreasonable 8%\nYou are NOT being unreasonable 92%\n\n"
        f"Rhubarbandcustard · 26/08/2019 21:48\nThere was a second report after it, an inspection.\n{buttons}\n"
        f"LindenAndLarch · OP · 26/08/2019 22:02\n@Rhubarbandcustard I'd forgotten. A check on the check?\n{buttons}"
    )
    doc = clean(source(page))
    assert doc.title == "AIBU to wonder whether anyone checked the changes happened?"
    assert doc.body[-1].text == "Is it just me who has never seen a list of what was promised?"
    assert _tree(doc.comments) == [("Rhubarbandcustard", []), ("LindenAndLarch", [])]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["38 votes. Final results."] == removed["You are NOT being unreasonable"] == "poll"
    assert removed["You are NOT being unreasonable 92%"] == "poll"
    assert removed["Please or to access all these features"] == "comment form"
    # Shares with no choice named (a channel's own poll post) are no forum's poll.
    doc = thread_doc("Anonymous Poll\n42%\nYes, all of it\n58%\nNot yet\n19 votes")
    assert all(r.reason != "poll" for r in doc.removed)


def test_a_2015_news_pages_headline_between_its_date_and_byline_and_its_numbered_have_your_say() -> None:
    # The section's name over the date, the headline between the date and the byline; a caption
    # label with no comma after it; the comments numbered, each head "N. At TIME DATE, NAME wrote:",
    # under the moderation rule.
    page = (
        "Beacon News\nHome\nUK\nWorld\nPolitics\nLocal News\nSheffield & South Yorkshire\n\n"
        "24 February 2015 Last updated at 11:32\n"
        "Rotherham residents' groups form network to follow commissioners' work\nBy Rhodri Bascombe\n"
        f"{ARTICLE}\nImage caption The council's headquarters. Commissioners took over many of its functions\n"
        "The network's first public meeting is due to be held in the town centre next month.\n"
        "Comments\nAll posts are reactively-moderated and must obey the house rules.\n\n"
        "1. At 12:07 24th Feb 2015, Greenside Gwen wrote:\nAbout time. I went to two council meetings last year.\n"
        "Complain about this comment (Comment number 1)\n\n"
        "2. At 12:19 24th Feb 2015, Wentworth_Walker wrote:\nCommissioners answer to ministers, not residents.\n"
        "Complain about this comment (Comment number 2)\n"
    )
    doc = clean(source(page))
    assert doc.title == "Rotherham residents' groups form network to follow commissioners' work"
    assert (doc.author, doc.date) == ("Rhodri Bascombe", "2015-02-24")
    assert doc.body[-1].text.startswith("The network's first public meeting")
    assert [(c.author, c.date) for c in doc.comments] == [
        ("Greenside Gwen", "2015-02-24"),
        ("Wentworth_Walker", "2015-02-24"),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Image caption The council's headquarters. Commissioners took over many of its functions"] == (
        "image caption"
    )
    assert "All posts are reactively-moderated and must obey the house rules." in removed
    # Unnumbered, "At …, NAME wrote:" is as often a quoted e-mail's header: it heads no comment.
    doc = thread_doc("Comments\nRuth Miles\n24 Feb 2015\nAt 12:07 24th Feb 2015, Greenside Gwen wrote:\nAbout time.")
    assert [c.author for c in doc.comments] == ["Ruth Miles"]


def test_a_journals_comments_headed_from_a_linked_user_and_date_with_a_subject_over_the_text() -> None:
    # Dreamwidth prints each comment's head as a letter's: "From: [personal profile] NAME" (or
    # "From: (Anonymous)") over "Date: …", then "(Link)"; a comment may have a subject line. The
    # log-in box over the journal's name is furniture, so the name is the site.
    head = (
        "Account name:\nPassword\nRemember me\nLog in\nForgot password\nLog in with OpenID\n"
        "Minute Book Marginalia\nclerkenwood's notes on committees, minutes and the spaces between\n"
        "Recent Entries\nArchive\n\nSep. 4th, 2014 09:14 pm\nclerkenwood\nThe committee that never saw it\n"
    )
    thread = (
        "From: [personal profile] tillyard_m\nDate: 2014-09-04 10:02 pm (UTC)\n(Link)\n"
        "This is exactly the question I had and couldn't put into words.\n(Reply) (Thread)\n"
        "From: (Anonymous)\nDate: 2014-09-05 09:12 am (UTC)\n(Link)\nSubject: Respectfully\n"
        "With respect, procedure is not the point.\n(Reply) (Thread)\n"
    )
    doc = clean(source(head + ARTICLE + "\n" + thread))
    assert (doc.site, doc.title) == ("Minute Book Marginalia", "The committee that never saw it")
    assert [(c.author, c.date, c.paragraphs[0]) for c in doc.comments] == [
        ("tillyard_m", "2014-09-04", "This is exactly the question I had and couldn't put into words."),
        ("Anonymous", "2014-09-05", "With respect, procedure is not the point."),
    ]
    # An e-mail quoted in an article, its sender no journal's user, heads no comment.
    mail = "From: Jane Smith\nDate: 4 September 2014\nThe committee will not meet again this year, as agreed."
    assert clean(source(f"A headline for the page\n{ARTICLE}\n{mail}")).comments == ()


def test_a_thread_ends_at_the_button_for_the_comments_the_scrape_did_not_load() -> None:
    # Substack under its last comment: "2 more comments...", then the writer's other posts, each
    # with its writer and date, which are no comments.
    thread = (
        "Comments\nHollis Renwick\nOct 24, 2023\nReally useful. Question 2 is the one I'd never have asked.\n"
        "Like (4)\nReply\nShare\n\n2 more comments...\n\nTop\nLatest\nDiscussions\n"
        "Committee papers: a field guide for the nervous\nTamsin Okafor-Reeve\nSep 12, 2023\n"
        'The word "noted" and what it costs us\nTamsin Okafor-Reeve\nJul 30, 2023\n'
    )
    doc = thread_doc(thread)
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Hollis Renwick", ("Really useful. Question 2 is the one I'd never have asked.",))
    ]
    removed = {r.text for r in doc.removed}
    assert {"2 more comments...", "Committee papers: a field guide for the nervous"} <= removed
    # Where a comment's head follows the button, the thread goes on.
    more = "Comments\nAlice Brown\n12 March 2015\nFirst comment here.\nReply\nView more comments\n"
    doc = thread_doc(more + "Carol White\n13 March 2015\nThird one.\nReply\nDan Black\n13 March 2015\nFourth.\nReply\n")
    assert [c.author for c in doc.comments] == ["Alice Brown", "Carol White", "Dan Black"]


def test_a_regional_dailys_reporter_over_their_job_over_the_dateline_and_its_newsletter_boxs_states() -> None:
    # Reach-style: the reporter's name over "Community reporter" over the date, chrome above the
    # name; the newsletter box prints its error and links all at once; the WhatsApp prompt closes
    # the text.
    page = (
        "Oxfordshire Lantern\nNews\nOxfordshire\n\n"
        "Parents' group launches its own tracker of changes promised after 2015 county review\n"
        "Families say they want a plain-English list of what was recommended and whether it has been done\n"
        "The group's first open meeting at a community centre in Bicester (Image: Oxfordshire Lantern)\n"
        "Bookmark\nShare\nComments\nNews\nNeil Threlfall\nCommunity reporter\n06:00, 14 MAR 2023\n"
        "Updated07:12, 14 MAR 2023\n\n"
        f"{ARTICLE}\nGet the biggest daily stories by email\nSubscribe\nSee our privacy notice\n"
        "Something went wrong, please try again later.\n"
        "The group plans to hold open meetings every two months, alternating between Bicester and Witney.\n"
        "The next meeting is on March 28 at 7pm at the community centre.\n"
        "Get all the latest Oxfordshire news on our WhatsApp community\nFollow Oxfordshire Lantern\nFacebook\n"
        "Comments\nKidlingtonMum2\n1 year ago\nGood for them. I tried to find out about this a few years ago.\n"
    )
    doc = clean(source(page))
    assert (doc.author, doc.date) == ("Neil Threlfall", "2023-03-14")
    assert doc.body[-1].text == "The next meeting is on March 28 at 7pm at the community centre."
    assert "Something went wrong, please try again later." not in [p.text for p in doc.body]
    assert "See our privacy notice" in {r.text for r in doc.removed}


def test_a_forums_empty_reactions_label_and_its_cookie_boxs_learn_more_link() -> None:
    # XenForo prints "Reactions:" on a line of its own over who reacted; the cookie box's link,
    # "Learn more…", is no site's name.
    page = (
        "This site uses cookies to help personalise content and to keep you logged in if you register.\n"
        "Accept\nLearn more…\nCommittee Room\nForums\nNew posts\n\n"
        "Networks report: anything in it for councillors?\n"
        "civicminded_dee\nFeb 2, 2022\n#1\nThe national inquiry's report on organised networks came out yesterday.\n"
        "Not after a row, genuinely trying to work out what to suggest.\n"
        "Reactions:\nharrowgate_lib, Oakhamptonian and 4 others\n\n"
        "Oakhamptonian\nWell-known member\nFeb 2, 2022\n#2\nOur committee had one report on this, in 2016.\n"
        "Report\nLike\nReply\n"
    )
    doc = clean(source(page))
    assert doc.site == "Committee Room"
    assert doc.body[-1].text == "Not after a row, genuinely trying to work out what to suggest."
    assert {r.text for r in doc.removed} >= {"Reactions:", "harrowgate_lib, Oakhamptonian and 4 others"}
    assert [(c.author, c.date) for c in doc.comments] == [("Oakhamptonian", "2022-02-02")]


def test_what_set_42s_rules_leave_alone() -> None:
    """Lines a second reader wrote to break the forty-second round's rules; each stays the article's."""
    kept = [
        "1,204 votes",
        "Labour 52%",
        "Conservative 48%",
        "Media Source Extensions",
        "Get in touch with me on WhatsApp",
        "Posts are moderated by volunteers, who decide what stays up, the chairman said.",
    ]
    end = "The count ended at two in the morning, an hour later than planned."
    doc = clean(source("A headline for the page\n" + ARTICLE + "\n" + "\n".join(kept) + "\n" + end))
    assert not {r.text for r in doc.removed} & set(kept)
    # A judgment's numbered paragraph quoting a letter heads no comment.
    judgment = "3. At 14:05, 12 March 2019, Mr Davies wrote:\nI am not satisfied that the review was shared."
    after = "The court then turned to the second ground of appeal, on the council's records."
    doc = clean(source(f"A headline for the page\n{ARTICLE}\n{judgment}\n{after}"))
    assert doc.comments == () and doc.body[-1].text == after
    # A paper's name over "Letters to the Editor" over the date is no reporter over their job.
    page = "Home | News | Sport\nThe Valley Mercury\nLetters to the Editor\n14 March 2023\nA letter about the bins\n"
    assert clean(source(page + ARTICLE)).author is None
    # A blog whose comments carry "Quote" beside "Reply" still nests a reply its words address.
    buttons = "Quote\nReply\n"
    thread = (
        f"Comments\nAlice Brown\n12 March 2015\nThe second report said the same thing again.\n{buttons}"
        f"Bob Green\n12 March 2015\nAlice, I agree, and nobody read that one either.\n{buttons}"
    )
    assert _tree(thread_doc(thread).comments) == [("Alice Brown", [("Bob Green", [])])]


def test_movable_types_answer_is_headed_by_whom_it_answers_over_its_date() -> None:
    thread = (
        "2 Comments\nColin Barr\nAugust 28, 2014 11:37 PM\nQuestion 3 is the one for me.\nReply\n"
        "Mary Wilde replied to comment from Colin Barr\nAugust 29, 2014 7:12 AM\nThe work programmes are published.\n"
        "Reply\n"
    )
    comments = [(c.author, c.date, c.paragraphs) for c in _in_page_order(thread_doc(thread).comments)]
    assert comments == [
        ("Colin Barr", "2014-08-28", ("Question 3 is the one for me.",)),
        ("Mary Wilde", "2014-08-29", ("The work programmes are published.",)),
    ]


def test_jimdos_head_dates_the_name_in_brackets_and_its_form_closes_the_thread() -> None:
    thread = (
        "Comments: 2\n#1\nDot Ashe (Wednesday, 21 October 2015 08:13)\nThank you for writing this up.\n"
        "#2\nRoch Valley Parents' Network (Wednesday, 21 October 2015 21:15)\nYes, absolutely.\n"
        "Name *\nE-mail (will not be published)\nWebsite\nSubject\nComment *\nSend\n"
        "Next open meeting\nOur December meeting will be at the central library.\n"
    )
    doc = thread_doc(thread)
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Dot Ashe", "2015-10-21", ("Thank you for writing this up.",)),
        ("Roch Valley Parents' Network", "2015-10-21", ("Yes, absolutely.",)),
    ]
    assert {"Subject", "Send", "Our December meeting will be at the central library."} <= {r.text for r in doc.removed}
    # A page's stamp in brackets heads no comment.
    doc = thread_doc("Last Updated ( Monday, 16 November 2009 09:05 )\n")
    assert doc.comments == ()


def test_a_sign_up_boxs_blurb_over_its_button_is_furniture() -> None:
    box = "Sign up to our e-mail list to hear about the next open meeting.\nSign up\n"
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n{box}{ARTICLE}"))
    assert {r.text: r.reason for r in doc.removed}[box.splitlines()[0]] == "subscription prompt"


def test_a_caption_closing_on_its_credit_and_a_sign_up_fields_example_address_are_furniture() -> None:
    caption = "The council chamber gallery, empty before a Tuesday evening meeting. Photo: the author."
    box = (
        "Subscribe to The Quiet Agenda\nGet new posts straight to your inbox. No spam.\njamie@example.com\nSubscribe\n"
    )
    doc = clean(source(f"A headline for the test\n{caption}\n{ARTICLE}\n{box}{ARTICLE}"))
    removed = {r.text: r.reason for r in doc.removed}
    assert removed[caption] == "image caption"
    assert (
        removed["[email removed]"] == removed["Get new posts straight to your inbox. No spam."] == "subscription prompt"
    )
    assert doc.redactions.email == 0  # (the box's example address is no writer's)


def test_a_commenters_credential_under_the_name_may_read_as_a_name() -> None:
    thread = (
        "Member discussion\n3 comments\nAlready a member? Sign in\n\n"
        "Rhiannon Garside\nCouncillor (opposition)\n· 1 day ago\n"
        "Question 2 made me wince. I have never once been told that an officer disagreed with a report.\n7\nReply\n\n"
        "Stanley Openshaw\nRetired social worker\n· 1 day ago\n"
        "I'd add a fourth: what do the people who use the service say, in their own words?\n11\nReply\n"
    )
    assert [c.author for c in thread_doc(thread).comments] == ["Rhiannon Garside", "Stanley Openshaw"]


def test_an_invision_topic_whose_post_buttons_stand_between_the_panel_and_the_date() -> None:
    def post(name: str, group: str, count: str, *text: str) -> str:
        lines = (name, group, count, "Location:Thame", "Share this post", "Link to post", "Posted 17 March 2015")
        return "\n".join((*lines, *text, "Like 2", "Quote", ""))

    answer = "As far as I understand it, the board is supposed to track its own recommendations."
    page = (
        "Jump to content\nExisting user? Sign In\nSign Up\nSouth Oxon Parents Online\nBrowse\nForums\n"
        "Oxfordshire review - who follows up?\nBy ThameValleyMum, 17 March 2015 in Local news\n"
        "Reply to this topic\nRecommended Posts\n"
        + post("ThameValleyMum", "Members", "1,208 posts", ARTICLE)
        + post("WallingfordDad", "Members", "342 posts", answer)
        + post("SouthOxonMod", "Moderators", "4,015 posts", "On 17/03/2015 at 21:14, WallingfordDad said:", answer)
        + "Expand\nPinning this one for a while as it's a useful thread.\nLike 3\nQuote\n"
    )
    doc = clean(source(page))
    assert (doc.site, doc.author, doc.date) == ("South Oxon Parents Online", "ThameValleyMum", "2015-03-17")
    assert [(c.author, c.date, c.paragraphs[0][:11]) for c in doc.comments] == [
        ("WallingfordDad", "2015-03-17", "As far as I"),
        ("SouthOxonMod", "2015-03-17", "Pinning thi"),
    ]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Moderators"] == removed["4,015 posts"] == removed["Location:Thame"] == "poster profile"
    assert removed["Expand"] == "reply or vote button"


def test_an_invision_panel_with_the_reputation_over_the_posts_and_the_guests_reply_box_under_the_topic() -> None:
    def post(name: str, count: str, *text: str) -> str:
        lines = (name, "Members", "312", count, "Location: Spotland", "Posted May 16, 2017", "Share")
        return "\n".join((*lines, *text, "Like 6", "Thanks 2", "Quote", ""))

    answer = "As far as I understand it, the board is supposed to track its own recommendations."
    foot = "Join the conversation\n"
    foot += "You can post now and register later. If you have an account, sign in now to post with your account.\n"
    foot += "Reply to this topic...\n"
    page = (
        "Jump to content\nExisting user? Sign In\nSign Up\nSpotland Community Forums\nBrowse\nForums\n"
        "Review five years on: has anyone seen a progress report?\nBy Ann Lee, May 16, 2017 in Council\n"
        "Reply to this topic\nRecommended Posts\n"
        + post("Ann Lee", "1,204 posts", "Edited May 17, 2017 by Ann Lee", ARTICLE)
        + post("Marjorie_Q", "402 posts", answer)
        + foot
    )
    doc = clean(source(page))
    assert (doc.author, doc.date) == ("Ann Lee", "2017-05-16")
    assert [line.text for line in doc.body] == ARTICLE.splitlines()
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("Marjorie_Q", (answer,))]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["402 posts"] == "poster profile" and removed["Thanks 2"] == "reply or vote button"
    assert {"Join the conversation", "Reply to this topic..."} <= set(removed)
    assert [m.text for m in doc.metadata if m.text.startswith("Edited")] == ["Edited May 17, 2017 by Ann Lee"]


def test_a_comment_opening_on_words_of_the_one_above_in_quotation_marks_answers_it() -> None:
    def comment(name: str, text: str) -> str:
        return f"{name}\n1 year ago\n{text}\nReply\nLike\n\n"

    asked = 'I asked at the school and was told it was "a really good question". I\'m still waiting.'
    thread = "2 Comments\n" + comment("Yasmin Kilbride", asked)
    answer = comment("Owen Pettifer", '"A really good question" is the sign that nobody knows. Keep going.')
    assert [len(c.replies) for c in thread_doc(thread + answer).comments] == [1]
    # Quoting words nobody above wrote answers no one.
    other = comment("Owen Pettifer", '"Lessons will be learned" is what they always say. Keep going.')
    assert [len(c.replies) for c in thread_doc(thread + other).comments] == [0, 0]


def test_vbulletins_tags_for_this_thread_under_the_thread_are_its_tags() -> None:
    post = "16-02-2015, 09:02 PM\n#2\nMillmoor Mick\nMember\nJoin Date: Aug 2011\nPosts: 644\n"
    post += "Went to the full council meeting last week. It felt very odd indeed.\nReply With Quote\n"
    post += post.replace("#2", "#3").replace("09:02", "09:47")
    foot = "« Previous Thread | Next Thread »\nTags for this Thread\ncasey inspection, commissioners\nView Tag Cloud\n"
    foot += "Similar Threads\nInspection report published - thoughts?\nForum Rules\n"
    doc = thread_doc(post + foot)
    assert doc.tags == ("casey inspection", "commissioners")
    # A label of the site's own, in its foot, tags nothing.
    doc = thread_doc(post + foot.replace("Tags for this Thread", "Tags"))
    assert doc.tags == ()
    # A thread without tags ("None") still ends at the label.
    doc = thread_doc(post + foot.replace("casey inspection, commissioners", "None"))
    assert doc.tags == () and doc.comments[-1].paragraphs == (post.splitlines()[6],)


def test_a_simple_machines_topic_its_boards_name_login_box_breadcrumb_and_admins_post() -> None:
    def post(name: str, rank: str, n: int, stamp: str, text: str) -> str:
        subject = ("Re: " if n else "") + "Rochdale review: what happens to the recommendations?"
        on = f"« Reply #{n} on: {stamp} »" if n else f"« on: {stamp} »"
        return f"{name}\n{rank}\n****\nPosts: 812\n{subject}\n{on}\n{text}\nLogged\n\n"

    board = "Heywood & Middleton Community Board"
    crumb = f"{board} » Local Matters » Council & Politics » Rochdale review: what happens to the recommendations?"
    page = (
        f"{board}\nWelcome, Guest. Please login or register.\nDid you miss your activation email?\n"
        "1 Hour 1 Day 1 Week 1 Month Forever\nLogin with username, password and session length\n"
        "News: Please read the board rules before posting.\nHome\nHelp\nSearch\nLogin\nRegister\n"
        f"{crumb}\n« previous next »\nPages: [1] Go Down\nPrint\n"
        "Author Topic: Rochdale review: what happens to the recommendations?  (Read 212 times)\n\n"
        + post("heywood_historian", "Sr. Member", 0, "December 21, 2012, 09:14:07 PM", ARTICLE)
    )
    # (The topic alone, its title printed nowhere else: the board's name is the page's first line.)
    doc = clean(source(page))
    assert (doc.site, doc.title) == (
        "Heywood & Middleton Community Board",
        "Rochdale review: what happens to the recommendations?",
    )
    assert doc.body[0].text == ARTICLE.splitlines()[0]
    page += post("Admin", "Administrator", 1, "December 23, 2012, 09:30:00 PM", "Thanks all. I've made it a sticky.")
    doc = clean(source(page))
    assert [(c.author, c.date) for c in doc.comments] == [("Admin", "2012-12-23")]
    removed = {r.text for r in doc.removed}
    assert {crumb, "Did you miss your activation email?", "Login with username, password and session length"} <= removed


def test_a_journals_title_under_its_date_beats_the_description_under_its_name_over_the_menu() -> None:
    masthead = "Town Hall Ledger\nNotes on councils, committees and the people who sit through them\nHome\nArchives\n"
    headline = "Rochdale: the review is out. Now read the action plan."
    for head in ("Thursday, 20 December 2012\n", "gallery_rail\nMar. 16th, 2015 @ 09:14 pm\n"):
        doc = clean(source(f"{masthead}\n{head}{headline}\n{ARTICLE}"))
        assert (doc.site, doc.title) == ("Town Hall Ledger", headline)
        assert doc.body[0].text == ARTICLE.splitlines()[0]
    # Blogger's Simple theme: a sentence under the name, over the date, with no menu between.
    blog = "The Bamford Bystander\nOne ratepayer, one notebook, too many committee meetings.\n"
    title = "The Rochdale review, one year on: where have the recommendations gone?"
    opening = "A year ago this week the board published its review, and for a fortnight it was all anyone talked about."
    doc = clean(source(f"{blog}Saturday, 21 December 2013\n{title}\n{opening}\n{ARTICLE}"))
    assert (doc.site, doc.title) == ("The Bamford Bystander", title)
    # Without the menu under it, the line under the name is the headline, the line under the date the text's.
    doc = clean(
        source(f"Town Hall Ledger\nWhy the review matters to us\n\nThursday, 20 December 2012\n{headline}\n{ARTICLE}")
    )
    assert doc.title == "Why the review matters to us"


def test_a_link_aggregators_dead_or_flagged_comment_is_furniture() -> None:
    page = "Ask HN: how do you track an inquiry's recommendations?\n"
    page += "214 points by quaymaster 16 hours ago | hide | past | favorite | 71 comments\n"
    page += "ann_b 5 hours ago | next [–]\nThe hard part is the status, not the schema of it.\nreply\n"
    page += "zed_echo 4 hours ago | parent | next [–]\n[dead]\n"
    page += "tonyb93 4 hours ago | prev | next [–]\n[flagged]\n"
    page += "cal_d 3 hours ago | prev | next [–]\nThere is prior art here, kept by universities.\nreply\n"
    doc = clean(source(page))
    assert [c.author for c in doc.comments] == ["ann_b", "cal_d"]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["[dead]"] == removed["tonyb93 4 hours ago | prev | next [–]"] == "deleted comment"


def test_a_commenters_job_and_whom_they_answer_between_the_name_and_the_date_head_a_reply() -> None:
    def comment(name: str, job: str, answering: str, text: str) -> str:
        return f"{name}\n{job}\n{answering}February 15, 2016 9.30am\n{text}\nReport\n\n"

    thread = "Comments\nSign in to comment\nOldest\nNewest\n\n" + comment(
        "Gerald Fair",
        "Retired chief executive",
        "",
        "A thoughtful piece. Culture follows career paths more than training.",
    )
    thread += comment(
        "Lowri Castle", "Resident", "", "As a resident I'd just like to know when the council is ours again."
    )
    thread += comment(
        "Des Achter",
        "Lecturer in Law",
        "In reply to Lowri Castle\n",
        "That is a fair question, and the evidence should be public.",
    )
    doc = thread_doc(thread)
    assert [(c.author, [r.author for r in c.replies]) for c in doc.comments] == [
        ("Gerald Fair", []),
        ("Lowri Castle", ["Des Achter"]),
    ]


def test_an_academic_sites_appeal_under_its_heading_closes_the_article_a_guides_heading_does_not() -> None:
    appeal = (
        "Before you go...\nThe Colloquy relies on university and reader support. Every donation helps our journalism.\n"
    )
    doc = clean(source(f"A headline for the test\n{ARTICLE}\nLocal government\nAccountability\n{appeal}Donate now\n"))
    assert doc.tags == ("Local government", "Accountability")
    assert {r.text: r.reason for r in doc.removed}["Before you go..."] == "subscription prompt"
    guide = "Before you go\nCheck the meeting is still on: the council posts changes on its site by noon.\n"
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n{guide}"))
    assert "Before you go" in [b.text for b in doc.body]


def test_new_rules_leave_ordinary_pages_alone() -> None:
    # A newsletter form mid-article, its first field starred, closes no thread: the text under it stays.
    form = "Get our monthly update on the review by email.\nName *\nEmail *\nSubscribe\n"
    after = "The review's second half is about the board, and it is the part most worth reading slowly."
    doc = clean(source(f"Why the review matters\nBy Jane Harcourt\n12 March 2015\n{ARTICLE}\n{form}{after}\n"))
    assert doc.body[-1].text == after
    # An event's date in brackets after its name heads no comment.
    events = "Open Meeting (5 November 2015)\nWe will go through the recommendations one by one, as before.\n"
    doc = clean(source(f"Our meetings this autumn\n{ARTICLE}\n{events}"))
    assert doc.comments == () and doc.body[-1].text.startswith("We will go through")
    # An untitled journal entry's first sentence under its date stays its text.
    masthead = "Town Hall Ledger\nNotes on councils, committees and the people who sit through them\nHome\nArchives\n"
    first = "Well, that was a long night at the town hall."
    doc = clean(source(f"{masthead}\nThursday, 20 December 2012\n{first}\n{ARTICLE}"))
    assert doc.title != first and doc.body[0].text == first
    # A real address to write to between a box's heading and its button is the writing's.
    box = "Join\nMembership costs five pounds a year. To join, write to our secretary, Dot Ashe:\n"
    box += "dot.ashe@rvpn.org.uk\nSubscribe\n"
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n{box}"))
    assert doc.body[-1].text.startswith("Membership costs")
    assert {r.text: r.reason for r in doc.removed}["[email removed]"] != "subscription prompt"


def test_two_comments_quoting_the_article_answer_no_one() -> None:
    def comment(name: str, text: str) -> str:
        return f"{name}\n1 year ago\n{text}\nReply\nLike\n\n"

    thread = "2 Comments\n" + comment("Yasmin Kilbride", '"Lessons will be learned" is what they said last time too.')
    thread += comment("Owen Pettifer", '"Lessons will be learned" - I have heard that at every meeting.')
    assert [len(c.replies) for c in thread_doc(thread).comments] == [0, 0]


def test_a_simple_machines_topic_whose_title_opens_the_page_names_no_site() -> None:
    title = "Rochdale review: what happens now?"
    page = (
        f"{title}\nWelcome, Guest. Please login or register.\nDid you miss your activation email?\n"
        "Login with username, password and session length\nHome\nHelp\nSearch\n\n"
        f"heywood_historian\nSr. Member\n****\nPosts: 812\n{title}\n« on: December 21, 2012, 09:14:07 PM »\n"
        f"{ARTICLE}\nLogged\n"
    )
    doc = clean(source(page))
    assert (doc.site, doc.title) == (None, title)


def test_a_related_lists_entries_with_their_teasers_cut_off_are_links() -> None:
    also = (
        "Also on Keep It Public\nOur letter to the partnership: what we're asking for\n5 years ago • 3 comments\n"
        "We've been asked to set out, in plain words, what the letter …\n"
        "Six months of asking: a progress report\n4 years ago • 9 comments\n"
        "Half a year in, here is where things stand. The short version …\n"
    )
    thread = "14 Comments\nDawn Kershaw\n• 5 years ago\nThe status column is the one that matters most to us.\nReply\n"
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n{also}{thread}"))
    assert doc.body[-1].text == ARTICLE.splitlines()[-1] and len(doc.comments) == 1
    assert {r.text: r.reason for r in doc.removed}["Half a year in, here is where things stand. The short version …"]
    # Or with the age and the count on a line each: the count is no thread's head.
    split = also.replace(" • ", "\n")
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n{split}{thread}"))
    assert doc.body[-1].text == ARTICLE.splitlines()[-1]
    assert [(c.author, c.paragraphs[0][:10]) for c in doc.comments] == [("Dawn Kershaw", "The status")]
    assert {r.text: r.reason for r in doc.removed}["9 comments"] == "related links"


def test_a_related_lists_pager_over_its_entries_and_a_long_caption_closed_by_its_kind() -> None:
    caption = (
        "Members of the Eastwood Tenants' Network met on Thursday night in the community hall to agree the wording "
        "of their letter (file picture)"
    )
    related = "RELATED ARTICLES\nPrevious\n1\nNext\nWhat happens when a council is taken over?\n"
    related += "Council inspections explained: who decides and how long it lasts\nShare this article\n"
    lines = ARTICLE.splitlines()
    doc = clean(source("\n".join(["A headline for the test", lines[0], caption, *lines[1:3], related, lines[3]])))
    assert [line.text for line in doc.body] == lines
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons[caption] == "image caption"
    assert reasons["Council inspections explained: who decides and how long it lasts"] == "related links"


def test_disquss_edited_stamp_under_a_comments_age_is_no_text() -> None:
    thread = "2 Comments\nGuest\n• 5 years ago\nWouldn't a public list just encourage vague recommendations?\nReply\n"
    thread += "Ruth Ashworth\nMod\n• 5 years ago\n• edited\n"
    thread += "It might. But we can't even tell whether the vague ones were done.\nReply\n"
    doc = thread_doc(thread)
    assert [c.paragraphs[0][:8] for c in _in_page_order(doc.comments)] == ["Wouldn't", "It might"]
    assert [m.field for m in doc.metadata if m.text == "• edited"] == ["comment edited"]


def test_a_phpbb2_topic_dates_each_post_beside_its_subject_under_the_panel() -> None:
    def post(name: str, stamp: str, subject: str, text: str) -> str:
        panel = f"{name}\nJoined: 12 Mar 2009\nPosts: 1842\nLocation: Dalton\n"
        return (
            panel
            + f"Posted: {stamp}    Post subject: {subject}\nReply with quote\n{text}\nBack to top\n"
            + ("View user's profile Send private message\n")
        )

    title = "Casey inspection: questions for our own ward councillors"
    page = (
        f"Rother Bridge Forum\nFAQ\nSearch\nRegister\nLog in\n\n{title}\npost new topic\npost reply\nAuthor\nMessage\n"
    )
    page += post("dalton_dave", "Thu Feb 05, 2015 8:02 pm", title, ARTICLE)
    page += post("Greasbro_Jean", "Thu Feb 05, 2015 9:31 pm", f"Re: {title}", "Good idea Dave. I'd add one of my own.")
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (title, "dalton_dave", "2015-02-05")
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Greasbro_Jean", "2015-02-05", ("Good idea Dave. I'd add one of my own.",))
    ]
    assert {r.text for r in doc.removed} >= {"post new topic", "View user's profile Send private message"}


def test_discourses_head_may_name_whom_it_answers_and_its_quotation_the_author_by_handle() -> None:
    opening = "Nobody would read case detail. The groups would work only from the recommendation chapters."
    thread = (
        f"Ffion Tudor\nffion_t\nMar '18\n{opening}\n3\nReply\n"
        f"Bev Oyelaran\nbev_o\nMar '18\nffion_t:\n{opening}\nThis is the right call, and I'd go further than that.\n"
        "7\nReply\n"
        "Ffion Tudor\nffion_t\nbev_o\nMar '18\nThank you, that's exactly the kind of thing I hadn't thought through.\n"
        "5\nReply\n"
        "Siân Prothero\nsian_p\nApr '18\nWe did something similar last year with our own board's papers.\n2\nReply\n"
    )
    doc = thread_doc(thread)
    comments = _in_page_order(doc.comments)
    assert [c.author for c in comments] == ["Ffion Tudor", "Bev Oyelaran", "Ffion Tudor", "Siân Prothero"]
    assert comments[1].quote is not None and comments[1].quote.author == "ffion_t"
    assert comments[1].paragraphs == ("This is the right call, and I'd go further than that.",)


def test_the_second_reads_ordinary_pages_keep_their_text_title_and_writer() -> None:
    head = "Bamford Gazette\nInquiry report to be published before the summer\nBy Jane Smith\n"
    # A sentence ending in an ellipsis under a "Related" list is the article's.
    trailing = "We asked the council when the tracker would go live. They said soon. They said that last year, too..."
    related = "Related\nCouncil defends the cost of the inquiry\nBoard chair steps down\n"
    doc = clean(source(f"{head}{ARTICLE}\n{related}{trailing}\n{ARTICLE.replace('Paragraph', 'Part')}"))
    assert trailing in [b.text for b in doc.body]
    # Directions through a menu in a sentence are no breadcrumb.
    directions = "On an iPhone, open Settings › Privacy & Security › Tracking and turn off the switch at the top."
    doc = clean(source(f"{head}{ARTICLE}\n{directions}\n"))
    assert directions in [b.text for b in doc.body]
    # A sidebar's "DATE · TITLE" entries over the post name no writer.
    sidebar = "Recent Posts\n12 March 2015 · Budget Vote Delayed\n19 March 2015 · Ward Surgery Moves\n"
    doc = clean(
        source(f"Bamford Gazette\n{sidebar}Inquiry report to be published before the summer\nBy Jane Smith\n{ARTICLE}")
    )
    assert doc.author == "Jane Smith"
    # A ticker's headlines over the page's own, shorter, headline: the page's is the title.
    ticker = (
        "Council confirms its new chief executive after months of speculation about who would take over the top job\n"
        "School closures across the county as snow returns for a third week running\n"
        "Teenager charged after a string of burglaries in the village last month\n"
    )
    page = f"Bamford Gazette\n\n{ticker}Inquiry report to be published before the summer\nBy Jane Smith\n"
    page += f"Published: 16:21 GMT, 4 February 2015\n{ARTICLE}"
    assert clean(source(page)).title == "Inquiry report to be published before the summer"


def test_a_new_reddit_post_its_poster_flair_and_comments_under_their_ages() -> None:
    # The poster's bare username under the community and age is the writer; the flair under the
    # headline its category; each comment's head a username (perhaps "OP") over "• 1y ago"; the
    # "Award" button, "More replies" and the sidebar's "Related Communities" chrome.
    page = (
        "Skip to main content\nOpen menu\nOpen navigation\nGo to Hubbub Home\nGet App\nLog In\n"
        "Expand user menu\nOpen settings menu\nr/RochdaleBorough\nGo to RochdaleBorough\n"
        "r/RochdaleBorough • 1 yr. ago\nheywood_hannah\nJoin\n\n"
        "Ten years on from the 2012 safeguarding review – where did the recommendations actually go?\nLocal Politics\n"
        "Genuine question, not trying to start a row about any of it.\n"
        f"{ARTICLE}\n87\n23\nShare\n\nSort by:\nBest\nComments Section\n\n"
        "milnrow_mike\n• 1y ago\nAsked something similar at our residents' association a while ago.\n41\nReply\n"
        "Award\nShare\nheywood_hannah\nOP\n• 1y ago\nThat's exactly the kind of answer I was expecting.\n18\n"
        "Reply\nAward\nShare\nlittleborough_lad\n• Edited 1y ago\nNobody ever built the page I'd want to read.\n"
        "15\nReply\nAward\nShare\nMore replies\n\nRelated Communities\nr/GreaterManchesterPolitics\n"
        "4,512 members\nr/RochdaleBorough\nA place for people who live in the borough. Be kind, stay local.\n"
    )
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.site) == (
        "Ten years on from the 2012 safeguarding review – where did the recommendations actually go?",
        "heywood_hannah",
        "r/RochdaleBorough",
    )
    assert doc.categories == ("Local Politics",)
    comments = _in_page_order(doc.comments)
    assert [c.author for c in comments] == ["milnrow_mike", "heywood_hannah", "littleborough_lad"]
    assert list(comments[-1].paragraphs) == ["Nobody ever built the page I'd want to read."]
    assert doc.body[0].text == "Genuine question, not trying to start a row about any of it."


def test_a_mail_archives_sender_on_two_lines_and_the_lists_name() -> None:
    # Pipermail prints the sender's name over the address spelt out; the list's name in brackets
    # before the subject is the site.
    page = (
        "[Dearne-governors] Reading group for the national inquiry's final report\nPauline Heptonstall\n"
        "pauline.heptonstall at dearnegovernors.example.org\nTue Nov 15 21:14:07 GMT 2022\n"
        "Previous message: [Dearne-governors] Clerking cover needed\n"
        "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n\nHi all,\n\n"
        f"{ARTICLE}\n\nPauline\n"
    )
    doc = clean(source(page))
    assert (doc.author, doc.date, doc.site) == ("Pauline Heptonstall", "2022-11-15", "Dearne-governors")
    assert doc.title == "[Dearne-governors] Reading group for the national inquiry's final report"


def test_a_subject_in_brackets_names_no_site_without_a_mail_archives_sender() -> None:
    page = f"[Updated] Council publishes its response to the review\nBy Jo Hart\n4 March 2015\n{ARTICLE}\n"
    assert clean(source(page)).site is None


def test_a_guests_reply_head_with_whom_it_answers_names_the_guest() -> None:
    # wpDiscuz: the name, "Guest" (no account), "Reply to NAME", the date.
    doc = thread_doc(
        "6 Comments\nView all comments\nKeith Arundel\nGuest\n17/03/2021 9:52 pm\n"
        "Question 2 is the one to ask, I think.\n4\nReply\n"
        "Bernadette Lodge\nAdmin\nReply to  Keith Arundel\n17/03/2021 10:08 pm\nAnd I bet every one is remembered.\n"
        "2\nReply\nKeith Arundel\nGuest\nReply to  Bernadette Lodge\n18/03/2021 7:15 am\n"
        "It is. The clerk still mentions the footpath one.\n1\nReply\n"
    )
    comments = _in_page_order(doc.comments)
    assert [c.author for c in comments] == ["Keith Arundel", "Bernadette Lodge", "Keith Arundel"]
    assert list(comments[-1].paragraphs) == ["It is. The clerk still mentions the footpath one."]


def test_the_post_author_badge_beside_a_name_is_no_part_of_it() -> None:
    doc = thread_doc(
        "2 thoughts on “A headline for the thread test”\nGordon Firth\nSeptember 13, 2014 at 9:12 pm\n"
        "Thank you, Lorna. I had printed it out.\nReply ↓\nLorna Braithwaite Post author\n"
        "September 13, 2014 at 10:05 pm\nStart with the recommendations, Gordon.\nReply ↓\n"
    )
    assert [c.author for c in _in_page_order(doc.comments)] == ["Gordon Firth", "Lorna Braithwaite"]


def test_chrome_known_only_by_its_neighbours() -> None:
    # "Your privacy choices" over a consent notice, "Award" between a comment's buttons, "Go to
    # NAME" under the community "r/NAME", "Default" under a poster's panel: alone, each may head text.
    texts = [
        "Your privacy choices",
        "We and our partners use cookies and similar technologies to store information on your device.",
        "r/RochdaleBorough",
        "Go to RochdaleBorough",
        "Reply",
        "Award",
        "Share",
        "Posts: 1,204",
        "Default",
        "Casey inspection: what now for scrutiny?",
    ]
    reasons = [furniture_reason(text) for text in texts]
    panel_values(texts, reasons)
    assert reasons[0] == reasons[1] == "cookie notice"
    assert reasons[3] == "navigation"
    assert reasons[5] == "reply or vote button"
    assert reasons[8] == "poster profile"
    assert reasons[9] is None


def test_a_signed_reply_over_a_guests_head_keeps_its_signature() -> None:
    # "Peter Holt" signs the comment above (no buttons under it); "Guest" / "Reply to Peter Holt" /
    # the date heads a guest's reply.
    doc = thread_doc(
        "3 Comments\nAnna Lee\nMarch 3, 2021 8:12 pm\nI rely on the 592 to get back from a late shift.\nReply\n"
        "Peter Holt\nReply to Anna Lee\nMarch 4, 2021 7:02 am\nSame here. I have written to the operator.\n"
        "Peter Holt\nGuest\nReply to Peter Holt\nMarch 4, 2021 9:40 am\nWhich councillor did you write to?\nReply\n"
    )
    comments = _in_page_order(doc.comments)
    assert [c.author for c in comments] == ["Anna Lee", "Peter Holt", "Guest"]


def test_a_mail_archives_sender_needs_the_date_under_the_address() -> None:
    # A press office's "Media enquiries" over its address names no writer; nor does a list's
    # message kind in brackets ("[PATCH v2]") name the list.
    release = (
        f"Library hours to be extended\nPublished: 12 March 2024\n{ARTICLE}\nMedia enquiries\npress at example.gov.uk\n"
    )
    assert clean(source(release)).author is None
    patch = (
        "[PATCH v2] Fix the broken link in the install guide\nPeter Ogden\np.ogden at tinyproj.example.org\n"
        f"Tue Nov 15 21:14:07 GMT 2022\nMessages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n\n{ARTICLE}\n"
    )
    doc = clean(source(patch))
    assert (doc.author, doc.site) == ("Peter Ogden", None)


def test_drupals_comment_subjects_over_each_head_are_the_heads() -> None:
    # Olivero prints each comment's subject over its head: cut from the text's first words where the
    # commenter gave none ("… We are a…"), else the commenter's own; a reply's "In reply to SUBJECT by
    # NAME" stands between. Two subjects opening their texts show the page prints one over every head.
    thread = (
        "Comments\nThank you for this. We are a…\nBeatrix Olufemi\nTue, 03/14/2023 - 21:40\n"
        "Thank you for this. We are a small charity with a volunteer board.\n"
        "I'm glad it helped. Small…\nIn reply to Thank you for this. We are a… by Beatrix Olufemi\n"
        "Oluwaseun Haddow\nWed, 03/15/2023 - 09:12\nI'm glad it helped. Small boards often worry most.\n"
        "Walking it through\nWendell Passmore\nThu, 03/16/2023 - 17:55\nWe tried the exercise at our last meeting.\n"
        "Log in or register to post comments\n"
    )
    doc = thread_doc(thread)
    assert _tree(doc.comments) == [("Beatrix Olufemi", [("Oluwaseun Haddow", [])]), ("Wendell Passmore", [])]
    assert [c.paragraphs for c in _in_page_order(doc.comments)] == [
        ("Thank you for this. We are a small charity with a volunteer board.",),
        ("I'm glad it helped. Small boards often worry most.",),
        ("We tried the exercise at our last meeting.",),
    ]
    # With one such subject only, a short line over a head may as well close the comment above.
    one = thread.replace("I'm glad it helped. Small…\n", "")
    doc = thread_doc(one)
    assert _in_page_order(doc.comments)[2].paragraphs[-1] == "Walking it through"


def test_a_blogs_cards_of_other_posts_under_the_thread_are_no_comments() -> None:
    # Ghost's "Read more" under its comments: each card's tag, title, excerpt, writer, date and
    # reading time. The writer and date over a reading time head another post, not a comment.
    thread = "2 comments\nFfion Ruddock\n23 Oct 2023\nPoint 4 is the one that catches us every year.\n4\nReply\n"
    thread += "Morwenna Castell\n25 Oct 2023\nOf course, please do.\n3\nReply\n"
    cards = (
        "Read more\nClerks' corner\nThe action log nobody reads\nEvery committee has one. Very few look at it.\n"
        "Morwenna Castell\n9 Oct 2023\n5 min read\nInquiries\nWhat a good forward plan looks like\n"
        "A forward plan is a promise about the future.\nMorwenna Castell\n25 Sep 2023\n4 min read\n"
    )
    doc = thread_doc(thread + cards + "Powered by Ghost\n")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("Ffion Ruddock", ("Point 4 is the one that catches us every year.",)),
        ("Morwenna Castell", ("Of course, please do.",)),
    ]
    assert {r.text for r in doc.removed} >= set(cards.splitlines())
    # Under a comment, "Read more" over more of its text is the comment's own button.
    more = "Morwenna Castell\n25 Oct 2023\nOf course, please do.\nRead more\nA credit and a link would be lovely.\n"
    doc = thread_doc(thread.split("Morwenna")[0] + more)
    assert doc.comments[-1].paragraphs[-1] == "A credit and a link would be lovely."


def test_what_the_forty_sixth_rounds_rules_must_leave_alone() -> None:
    # From the round's second read: pages where a first version of a rule lost or misread writing.
    first, *rest = ARTICLE.split("\n")
    # A what's-on guide's heading "Our picks", a reply "Good pick", a reply "Like us on Elm Road".
    doc = clean(source(f"What's on this weekend\nBy Ann Lee\n{first}\nOur picks\n" + "\n".join(rest)))
    assert "Our picks" in [b.text for b in doc.body]
    thread = "2 comments\nTom Barker\n12 March 2023 at 11:02\nAnyone else had no bin collection this week?\nReply\n"
    thread += "Ruth Calloway\n12 March 2023 at 11:52\nLike us on Elm Road\nGood pick\nReply\n"
    assert thread_doc(thread).comments[1].paragraphs == ("Like us on Elm Road", "Good pick")
    # "Read more" in the last comment, over more of it: no cards of other posts follow.
    last = "Sheila Marsh\n12 March 2023\nThe report lists three options, and closure is only one of them…\n"
    last += "Read more\nKeep it, share it or sell it\nOnly the last saves real money, and only once.\n"
    last += "The other two cost about the same as now.\nReply\n"
    doc = thread_doc(thread.replace("2 comments", "3 comments") + last)
    assert doc.comments[-1].paragraphs[-1] == "The other two cost about the same as now."
    # Short replies printed again over the next head open their texts, but are cut off by no "…".
    said = "Comments\nSheila Marsh\n12 March 2023 at 11:02\nWell said\nTom Barker\n12 March 2023 at 11:10\n"
    said += "Well said Dave, nobody on the cabinet has set foot in it for years.\nRuth Calloway\n"
    said += "12 March 2023 at 11:20\nHear hear\nMartin Pryce\n12 March 2023 at 11:30\nHear hear to all of that.\n"
    assert [c.paragraphs for c in thread_doc(said).comments][::2] == [("Well said",), ("Hear hear",)]

    # Disqus's "→ NAME" over an age, not a date: its replies still nest.
    def reply(name: str, to: str, text: str) -> str:
        return f"{name}\n→ {to}\n3 years ago\n{text}\nReply\n"

    disqus = "4 Comments\nDave Hughes\n3 years ago\nThe library should stay open.\nReply\n"
    disqus += reply("Sheila Marsh", "Dave Hughes", "Agreed.") + reply("Tom Barker", "Sheila Marsh", "Why?")
    assert _tree(thread_doc(disqus).comments) == [("Dave Hughes", [("Sheila Marsh", [("Tom Barker", [])])])]
    # A related list's last entry, dated by its age, over the thread's count of comments.
    listed = "Related posts\nBins: the new timetable\n3 weeks ago\n3 comments\n" + thread.split("\n", 1)[1]
    doc = thread_doc(listed)
    assert [m.field for m in doc.metadata if m.text == "3 comments"] == ["comment header"]


def test_a_regional_papers_older_layout_dates_the_story_over_its_section_and_heads_comments_says() -> None:
    # A paper's old layout: the date with its section after it, the headline right over it, a
    # caption under the share buttons; each comment "NAME says..." over a date with a two-digit year.
    head = "Tidewater Gazette uses cookies. By continuing to use the site you agree to our cookie policy.\n"
    head += "Find out more\nClose\nTidewater Gazette\nHome\nNews\nSport\n\n"
    head += "Parents plan to read the review's recommendations line by line\n"
    head += "12:30pm Wednesday 4th March 2015 in News\nBy Ann Lee, Reporter\nShare article\nTweet\nEmail\n"
    head += "The group will meet in a community room in town\n\n"
    foot = "Get involved with the news in your community\nSend your stories and photos now\nComments (2)\n"
    foot += "Tom Barker says...\n2:05pm Wed 4 Mar 15\nGood for them.\nReport this comment\nScore: 9\n"
    foot += "Radley Mum says...\n8:02am Thu 5 Mar 15\nI'd join if it met on a Saturday morning.\n"
    foot += "Report this comment\nScore: 11\n"
    doc = clean(source(head + ARTICLE + "\n" + foot))
    assert (doc.title, doc.author, doc.date, doc.site, doc.categories) == (
        "Parents plan to read the review's recommendations line by line",
        "Ann Lee",
        "2015-03-04",
        "Tidewater Gazette",
        (),
    )
    assert doc.body[-1].text == ARTICLE.splitlines()[-1]
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Tom Barker", "2015-03-04", ("Good for them.",)),
        ("Radley Mum", "2015-03-05", ("I'd join if it met on a Saturday morning.",)),
    ]
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Close"] == "cookie notice" and reasons["Score: 9"] == "counter"
    assert reasons["Get involved with the news in your community"] == "page notice"


def test_a_broadcasters_links_clip_and_topics_among_and_under_the_text() -> None:
    # "Read more:" over two teasers, ended by a short sentence; a clip's notice, length and title;
    # "Related Topics:" over the tags, a blank line closing them over the next list.
    first, second, *rest = ARTICLE.split("\n")
    links = "Read more:\nCouncil leaders warn over budget gap\nHow do government commissioners work?\n"
    links += "The groups have agreed three requests.\n"
    clip = "Please use Chrome browser for a more accessible video player\n1:47\n"
    clip += "What happens when a council is taken over?\n"
    topics = "Related Topics:\nRotherham\nLocal government\n\nLatest updates\n19:05\nStorm warnings extended\n"
    page = f"A headline for the test\nBy Ann Lee\n{first}\n{links}{second}\n{clip}" + "\n".join(rest) + "\n" + topics
    doc = clean(source(page))
    assert [b.text for b in doc.body] == [first, "The groups have agreed three requests.", second, *rest]
    assert doc.tags == ("Rotherham", "Local government")
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["How do government commissioners work?"] == "related links"
    assert reasons["1:47"] == reasons["What happens when a council is taken over?"] == "video player"
    assert reasons["Storm warnings extended"] == "related links"


def test_a_papers_more_about_tags_under_the_text_and_its_link_to_the_comments() -> None:
    *text, last = ARTICLE.split("\n")
    forum = (
        "Join our commenting forum\nJoin thought-provoking conversations, follow other readers and see their replies\n"
    )
    tags = "More about\nNational inquiry\nLocal government\nScrutiny\n" + forum
    doc = clean(source("A headline for the test\nBy Ann Lee\n" + "\n".join(text) + f"\n{forum}{last}\n{tags}"))
    assert [b.text for b in doc.body] == [*text, last]
    assert doc.tags == ("National inquiry", "Local government", "Scrutiny")


def test_an_mps_sidebar_under_the_share_buttons_ends_the_text() -> None:
    # A page with no thread: a list's heading right under the share buttons opens the sidebar, whose
    # short widgets ("Contact Ann", "Campaigns") are no more of the text.
    share = "Share this post\nFacebook\nTwitter\nEmail\n\n"
    sidebar = "Latest news\nBus services: my letter to the operator\n14.10.2022\nView all news\n\n"
    sidebar += "Surgeries are by appointment. Please call the office to book.\nContact Ann\n"
    sidebar += "Constituency office: 14 Mill Street, Harlbury\nGet help\n"
    sidebar += "If you live in Harlbury and need help with a problem, I may be able to help. Please get in touch.\n"
    sidebar += "Campaigns\nSave our bus routes\n"
    foot = "Privacy policy\n© 2024 Ann Lee MP\n"
    doc = clean(
        source(f"Ann Lee MP\nHome\nNews\n\nA headline for the test\n21.10.2022\n{ARTICLE}\n{share}{sidebar}{foot}")
    )
    assert [b.text for b in doc.body] == ARTICLE.splitlines()
    assert "Save our bus routes" in {r.text for r in doc.removed}
    # A blog's related posts under its share buttons, with the post's tags under them: no sidebar.
    related = "Related\nRochdale, and the reviews that came before\n19 December 2012\n\nTags:\nOxfordshire\nScrutiny\n"
    doc = clean(source(f"Marginal Notes\n\nA headline for the test\n21.10.2022\n{ARTICLE}\n{share}{related}"))
    assert doc.tags == ("Oxfordshire", "Scrutiny")


def test_a_themes_author_box_under_the_post_and_an_old_aggregators_prompt_over_the_thread() -> None:
    # Twenty Twenty-One's foot: the post's meta, then "Published by NAME" / a line about them /
    # "View all of NAME's posts." (an author box, not the post's last lines).
    foot = "Published 20 September 2022\nBy Ann Lee\nCategorized as Forum notes\nTagged Rochdale, scrutiny\n"
    foot += "Published by Ann Lee\nChairs the tenants' forum. Writes the minutes so nobody else has to.\n"
    foot += "View all of Ann Lee's posts.\n\n"
    thread = "2 comments on “A headline for the test”\nTom Barker says:\n20 September 2022 at 9:14 pm\n"
    thread += "Question three is the one.\nReply\n"
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n\n{foot}{thread}"))
    assert [b.text for b in doc.body] == ARTICLE.splitlines()
    assert (doc.author, doc.date, doc.tags) == ("Ann Lee", "2022-09-20", ("Rochdale", "scrutiny"))
    assert {r.text: r.reason for r in doc.removed}["View all of Ann Lee's posts."] == "author biography"
    # Old Reddit's prompt over its thread is no comment.
    reddit = "all 2 comments\nsorted by: best\nWant to add to the discussion?\nPost a comment!\nCreate an account\n"
    reddit += "[–]Sheff_Nan 21 points 9 years ago\nI'm in, and I'll bring the tea.\npermalink\nreply\n"
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n{reddit}"))
    assert [c.author for c in doc.comments] == ["Sheff_Nan"]


def test_what_the_forty_seventh_rounds_rules_must_leave_alone() -> None:
    # From the round's second read: writing a first version of a rule took for chrome or a byline.
    first, second, *rest = ARTICLE.split("\n")
    more = [f"More of the article says a good deal at sentence length, part {n}." for n in range(1, 4)]

    def body(*middle: str, head: str = "A headline for the test\nBy Ann Lee\n12 March 2015\n") -> list[str]:
        return [b.text for b in clean(source(head + "\n".join((first, *middle, second, *rest, *more)))).body]

    # A paper's "NAME says..." heads a comment only over its date.
    assert body("Sarah Champion says...")[1] == "Sarah Champion says..."
    # Share buttons under a picture, over a list of links, with the article resuming under it.
    inline = ("Share", "Facebook", "Twitter", "Read more:", "Council leaders warn over budget gap")
    assert body(*inline)[-3:] == more
    # A live blog's time and entry under a player's notice that names no browser.
    live = ("Media playback is unsupported on your device", "14:05", "Council leader speaks to reporters")
    assert live[1:] == tuple(body(*live)[1:3])
    # An edit note that says why, and a paragraph with a caption stuck to its end.
    note = "Edited 13 March 2015 by Ann Lee to add the council's response"
    stuck = "The council's leader resigned on Tuesday evening, a few hours after the report was published. "
    stuck += "He is pictured leaving the town hall (file picture)"
    assert body(note, stuck)[1:3] == [note, stuck]
    # A headline's date and place, a tilde before a headline or a building: no byline.
    for line in ("Tuesday 2 September 2014 in Parliament", "26 August 2014 in Rotherham"):
        assert read_byline(line) is None
    for line in ("2 September 2014 ~ The Commons Debate", "Thursday 12 March 2015 ~ Rotherham Town Hall"):
        assert read_byline(line) is None


def test_a_phpbb_subsilver_topic_labels_each_posts_subject_between_the_name_and_the_date() -> None:
    def post(name: str, subject: str, stamp: str, text: str) -> str:
        panel = "Regular\nJoined: Mon Mar 02, 2009 8:11 pm\nPosts: 412\nLocation: Kilnhurst\n"
        return f"{name}\nPost subject: {subject}\nPosted: {stamp}\n{panel}{text}\nTop\nProfile\nQuote\n\n"

    title = "Jay report - what do we ask the council for now?"
    head = f"Village Board\nBoard index » Local matters\n\n{title}\nPost new topic\nPage 1 of 1 [ 2 posts ]\n\n"
    page = head + post("Brenda_K", title, "Sat Aug 30, 2014 8:15 pm", ARTICLE)
    page += post("DearneDave", f"Re: {title}", "Sat Aug 30, 2014 9:02 pm", "A list with names and dates is a start.")
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date) == (title, "Brenda_K", "2014-08-30")
    assert [(c.author, c.paragraphs) for c in doc.comments] == [
        ("DearneDave", ("A list with names and dates is a start.",))
    ]


def test_twenty_twentys_author_box_under_the_byline_again_and_its_post_author_badge() -> None:
    head = (
        "Categories\nSchool governance\nA headline for the test\nPost author\nBy Ann Lee\nPost date\nMarch 5, 2015\n\n"
    )
    foot = "\nTags\ngovernors, Oxfordshire\nBy Ann Lee\n"
    foot += (
        "Governor at a primary school in Grove since 2011. Writes about the reports nobody reads.\nView Archive →\n\n"
    )
    thread = "2 replies on “A headline for the test”\nTom Barker says:\nMarch 5, 2015 at 9:02 pm\n"
    thread += "Question 3 is the one.\nReply\nAnn Lee says:\nBy Post Author\nMarch 5, 2015 at 9:30 pm\n"
    thread += "Exactly. A standing item on the agenda.\nReply\n"
    doc = clean(source(head + ARTICLE + foot + thread))
    assert [b.text for b in doc.body] == ARTICLE.splitlines()
    assert _tree(doc.comments) == [("Tom Barker", [("Ann Lee", [])])]
    assert doc.comments[0].replies[0].paragraphs == ("Exactly. A standing item on the agenda.",)


def test_a_consent_banners_buttons_under_its_notice_name_no_site() -> None:
    banner = "Your privacy\nWe and our partners use cookies to personalise content and measure audiences.\n"
    banner += "I agree\nOptions\nNorthlight News\nHome\nUK\n\n"
    doc = clean(source(banner + "A headline for the test\nBy Ann Lee\n" + ARTICLE))
    assert doc.site == "Northlight News"
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Options"] == reasons["Your privacy"] == "cookie notice"


def test_a_headline_that_asks_stands_over_its_subtitle() -> None:
    head = "Open in app\nSign in\nCivic Margins\nFollow publication\n\n"
    head += "Five years after the review, what can a governor actually ask?\n"
    head += "Notes from a governing body that kept its record\n"  # (no longer than the headline)
    head += "Ann Lee\nFollow\nPublished in Civic Margins\n7 min read\n·\nMar 3, 2020\n\n"
    doc = clean(source(head + ARTICLE))
    assert (doc.title, doc.author, doc.date) == (
        "Five years after the review, what can a governor actually ask?",
        "Ann Lee",
        "2020-03-03",
    )
    assert [b.text for b in doc.body] == ARTICLE.splitlines()


def test_what_the_forty_eighth_rounds_rules_must_leave_alone() -> None:
    # From the round's second read: writing a first version of a rule took for chrome, a title or a biography.
    first, *rest = ARTICLE.split("\n")

    def body(*middle: str) -> list[str]:
        return [
            b.text
            for b in clean(source("A headline for the test\nBy Ann Lee\n" + "\n".join((first, *middle, *rest)))).body
        ]

    # A privacy page's sub-heading, a line of notes marked with "=>", a heading under a back-to-top link.
    mid = ("Your privacy", "We take the protection of your personal data seriously and keep it for a year.")
    assert body(*mid)[1:3] == list(mid)
    assert "=> Jay report published" in body("=> Jay report published")
    assert "Profile" in body("Top", "Profile", "Ann Lee was a primary school teacher for twenty years.")
    # A breadcrumb's marks in a sentence naming pages in lower case.
    crumbs = "Council » Meetings and committees » Cabinet » Minutes is where you will find the record, if published."
    assert crumbs in body(crumbs)
    # A tagline that asks, over the headline and its date.
    doc = clean(
        source(
            "Rotherham Watch\nWho is protecting our children?\nCouncil admits failings in review\n"
            "12 March 2015\n" + ARTICLE
        )
    )
    assert doc.title == "Council admits failings in review"
    # A piece's last section under its writer's name again is the piece, not an author box.
    last = "By Ann Lee\nThe case against is simple: abolition would leave children with nobody accountable at all."
    doc = clean(
        source(
            f"For and against\nBy Ann Lee\n{ARTICLE}\nBy Tom Barker\n"
            f"The case for is plain, and others have made it well many times.\n{last}\n"
        )
    )
    assert doc.body[-1].text.startswith("The case against is simple")
    # Page 2 of a subsilver2 topic, opening on a reply whose subject its poster changed.
    title = "Jay report - what do we ask the council for now?"
    panel = "Regular\nJoined: Mon Mar 02, 2009 8:11 pm\nPosts: 412\n"
    page = f"Village Board\nBoard index » Local matters\n\n{title}\nPost new topic\nPage 2 of 2 [ 9 posts ]\n\n"
    page += "DearneDave\n"
    page += f"Post subject: Council meeting on Thursday\nPosted: Sat Aug 30, 2014 9:02 pm\n{panel}{ARTICLE}\nTop\n"
    assert clean(source(page)).title == title


def test_a_vbulletin_post_deleted_by_a_moderator_with_its_reason_is_no_post() -> None:
    page = _vbulletin_post("13-11-2008, 21:14", 1, "Kestrel_71", f"Serious case review summary\n{ARTICLE}")
    page += _vbulletin_post("13-11-2008, 21:40", 2, "Pebbledash", "Agreed, well said.")
    page += "14-11-2008, 09:03 AM\n#3\nThis message has been deleted by a moderator. Reason: off topic\n\n"
    page += _vbulletin_post("14-11-2008, 09:10", 4, "Dearne Mod", "One post removed. Please keep to the report.")
    doc = clean(source("Talk Board\nThread Tools\n" + page))
    assert [c.author for c in doc.comments] == ["Pebbledash", "Dearne Mod"]
    notice = "This message has been deleted by a moderator. Reason: off topic"
    assert {r.text: r.reason for r in doc.removed}[notice] == "deleted comment"


def test_a_papers_date_with_its_update_in_brackets_and_a_forums_bookmark_button_over_the_post() -> None:
    assert is_dateline("October 27, 2022 6:00 am(Updated 8:12 am)") == "2022-10-27"
    assert is_dateline("October 27, 2022 6:00 am (Updated 8:12 am)") == "2022-10-27"
    # XenForo's post: the panel, the date and number, "Add bookmark" over the text (no title), and who
    # reacted over its buttons.
    title = "Jay report: what should we ask the residents' forum to push for?"
    head = f"Wickersley Forum\nForums\nLocal matters\n\n{title}\nThread starter Gwyneth_W\nStart date Aug 28, 2014\n\n"

    def post(name: str, number: int, text: str) -> str:
        panel = "Well-known member\nJoined\nMar 2, 2011\nMessages\n1,044\n"
        buttons = "Derek_S, Trev_R and 6 others\nReply\nReport\n\n"
        return f"{name}\n{panel}Aug 28, 2014\n#{number}\nAdd bookmark\n{text}\n{buttons}"

    doc = clean(source(head + post("Gwyneth_W", 1, ARTICLE) + post("Nora Ellis", 2, "Dates. Every promise dated.")))
    assert (doc.title, doc.author) == (title, "Gwyneth_W")
    assert [b.text for b in doc.body] == ARTICLE.splitlines()
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("Nora Ellis", ("Dates. Every promise dated.",))]


def test_a_blogs_headline_over_its_share_buttons_with_no_byline_over_the_text() -> None:
    head = "Search This Blog\nMoorgate Minutes\nA retired housing officer reads the council papers\nHome\nMore…\n\n"
    head += "After the inspection: what our federation asked for, and why\n"
    head += "Get link\nFacebook\nTwitter\nPinterest\nEmail\nOther Apps\n\n"
    doc = clean(source(head + ARTICLE + "\nPosted by Ann Lee\n"))
    assert doc.title == "After the inspection: what our federation asked for, and why"
    assert [b.text for b in doc.body] == ARTICLE.splitlines()


def test_what_the_forty_ninth_rounds_rules_must_leave_alone() -> None:
    # From the round's second read. A post's last sentence naming "… and 2 others" over its buttons.
    title = "Jay report: what should we ask the residents' forum to push for?"
    head = f"Wickersley Forum\nForums\n\n{title}\nThread starter Gwyneth_W\nStart date Aug 28, 2014\n\n"
    panel = "Well-known member\nJoined\nMar 2, 2011\nMessages\n1,044\n"
    sentence = "I've emailed my MP, the council leader and 2 others"
    page = f"{head}Gwyneth_W\n{panel}Aug 28, 2014\n#1\n{ARTICLE}\nReply\n\nNora Ellis\n{panel}Aug 28, 2014\n#2\n"
    page += f"Dates. Every promise dated.\n{sentence}\nReply\nReport\n"
    assert clean(source(page)).comments[0].paragraphs == ("Dates. Every promise dated.", sentence)
    # A thread's title under the opening post's panel that reads like a button.
    thread = _vbulletin_post("13-11-2008, 21:14", 1, "Kestrel_71", f"Sign the petition\n{ARTICLE}")
    thread += _vbulletin_post("13-11-2008, 21:40", 2, "Pebbledash", "Agreed, well said.")
    assert clean(source("Talk Board\nThread Tools\n" + thread)).title == "Sign the petition"
    # A site's tagline over its follow links is no headline.
    site = "Jane Smith MP\nHome\nAbout Jane\nNews\nContact\nWorking hard for Rotherham and Wath\nFacebook\nTwitter\n"
    assert clean(source(site + "Instagram\n\n" + ARTICLE)).title != "Working hard for Rotherham and Wath"


def _vbulletin5_post(name: str, number: int, when: str, text: str, subject: str = "") -> str:
    panel = f"{name}\nSenior Member\nJoin Date: Mar 2009\nPosts: 1204\n#{number}\n"
    return f"{panel}{subject}{when}\n{text}\nComment\nQuote\n\n"


def test_a_vbulletin5_topic_its_toolbar_its_opening_post_under_the_title_and_no_tags() -> None:
    # vBulletin 5 prints a toolbar of tabs, pager and filters between the topic's title and its
    # posts, the title again between the opening post's panel and its date, "Tags: None" under it.
    title = "Serious case review published - what should we be asking our school governors?"
    toolbar = "Collapse\nPosts\nLatest Activity\nSearch\nPage of 1\nFilter\nTime\nAll Time Today Last Week Last Month\n"
    toolbar += "Show\nAll Discussions only Photos only Videos only\nFiltered by:\nClear All\nnew posts\n"
    toolbar += "Previous template Next\n"
    page = f"Thames Forum\nHome\nForums\n\nForum\nLocal Issues\n\n{title}\n{toolbar}\n"
    page += _vbulletin5_post("AbbeyMeadowsMike", 1, "03-17-2015, 08:14 PM", f"{ARTICLE}\nTags: None", f"{title}\n")
    page += _vbulletin5_post("RidgewayRambler", 2, "03-17-2015, 09:02 PM", "Good list.")
    page += "Go to top\nPrevious\nNext\nContact Us\nPrivacy Statement\nTop\nPowered by vBulletin®\n"
    doc = clean(source(page))
    assert (doc.title, doc.author, doc.date, doc.tags) == (title, "AbbeyMeadowsMike", "2015-03-17", ())
    assert [b.text for b in doc.body] == ARTICLE.splitlines()
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("RidgewayRambler", ("Good list.",))]
    reasons = {r.text: r.reason for r in doc.removed}
    assert {reasons[t] for t in toolbar.splitlines()[1:]} == {"navigation"}
    assert (reasons["Go to top"], reasons["Privacy Statement"]) == ("navigation", "site footer")


def test_a_topic_toolbars_words_alone_and_the_lines_around_it_are_left_alone() -> None:
    # Without "Filtered by:", "Latest Activity" and "Page 2 of 5" may be a page's own.
    texts = ["Jay report: one year on", "Latest Activity", "Page 2 of 5", "Show", "Clear All"]
    reasons: list[str | None] = [None] * len(texts)
    topic_toolbar(texts, reasons)
    assert reasons == [None] * len(texts)
    # With it, the toolbar ends at the first line not its own: the title over it, the post under it.
    texts[3:] = ["Filtered by:", "Show", "Clear All", "Show me the minutes, please."]
    reasons = [None] * len(texts)
    topic_toolbar(texts, reasons)
    assert reasons == [None, *["navigation"] * 5, None]
    assert (read_byline("Tags: None").tags, read_byline("Tags: Nonesuch, Wath").tags) == ((), ("Nonesuch", "Wath"))


def test_a_council_agenda_items_meeting_line_dates_it_and_its_report_by_an_office_names_no_author() -> None:
    # ModernGov's agenda item: the item's title, the meeting that took it, the title again under its
    # number, whose report it was, then the minute.
    title = "Progress report: learning from the Jay report"
    head = "Kelderby Council\nHome\nCouncil and democracy\nBrowse meetings\nScrutiny Panel\n\nAgenda item\n"
    head += f"{title}\nMeeting: 16/09/2015 - Children and Young People's Scrutiny Panel (Item 31)\n31 {title}\n"
    head += "Report of the Strategic Director of Children's Services.\n\nMinutes:\n"
    doc = clean(source(f"{head}{ARTICLE}\n\nSupporting documents:\n"))
    assert (doc.title, doc.date, doc.author) == (title, "2015-09-16", None)
    assert [b.text for b in doc.body] == ARTICLE.splitlines()
    assert read_byline("Meeting: Tuesday 12 May 2015 - Cabinet (Item 4)").date == "2015-05-12"
    assert read_byline("Report of the Chief Executive.") == Byline()
    # An office's report is read so only in the head, only as a sentence by an office, never a headline;
    # a meeting only with its item's number, never an event's notice.
    for text in ("Report of the inquiry into Rotherham.", "Report of the Chief Constable", "Meeting: the panel met."):
        assert read_byline(text) is None
    assert read_byline("Report of the Chief Executive.", head=False) is None
    event = "Wath Parish Council\n\nAnnual parish meeting\nMeeting: 12 May 2015 - Village Hall, 7pm\n"
    assert clean(source(f"{event}Posted on 1 May 2015 by Jo Bell\n\n{ARTICLE}")).date == "2015-05-01"
    panel = "Kelderby Police and Crime Panel\n\nReport of the Chief Constable\n12 May 2015\n\n"
    assert clean(source(panel + ARTICLE)).title == "Report of the Chief Constable"


def test_a_live_pages_editor_is_its_author_and_its_label_and_entry_times_are_chrome() -> None:
    head = "Skip to content\nSign in\nHome\nNews\nSport\nMore\n\nRegional News\nHome\nUK\nEngland\nPolitics\n\n"
    head += "26 August 2014 Last updated at 19:40 BST\nLive\nJay report: reaction from Rotherham as it happened\n\n"
    head += "Live Reporting\nEdited by Seraphina Dunmore-Quayle\nAll times stated are UK time.\n\nShare this page\n"
    entries = "Posted at 19:40\nThat's all from us\n" + ARTICLE + "\nShare\n\nPosted at 9:02 am\nGood morning\n"
    doc = clean(source(head + entries + "The report is out today and we will follow the reaction here.\nShare\n"))
    assert (doc.author, doc.date) == ("Seraphina Dunmore-Quayle", "2014-08-26")
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Live Reporting"] == "navigation"
    assert reasons["Posted at 19:40"] == reasons["Posted at 9:02 am"] == "live page control"
    # A whole byline is no entry's time; an event by an organisation is no editor's.
    assert read_byline("Posted at 09:14 PM in Child protection | Permalink") is not None
    assert read_byline("Edited by The Rotherham Advertiser") is None
    assert read_byline("Live reporting by Marisol Quennell-Ashby").author == "Marisol Quennell-Ashby"


def test_a_live_blogs_key_events_box_is_chrome_and_its_entries_are_the_text() -> None:
    head = "The Albion Ledger\nNews\nSociety\nLive\nReport published: reaction as it happened\n"
    head += "Rosalind Achebe\nThu 20 Oct 2022 17.45 BST\nShare\n\n"
    box = (
        "Key events\n17.40 BST\nSummary of the day\n14.12 BST\nParents ask for a timetable now\nShow key events only\n"
    )
    box += "Please turn on JavaScript to use this feature\n\n"
    entry = "14.12 BST\nParents ask for a timetable now\n" + ARTICLE + "\nUpdated at 14.30 BST\nShare\n\n"
    doc = clean(source(head + box + "17.40 BST\nSummary of the day\nWe are closing the blog here tonight.\n\n" + entry))
    reasons = {r.text: r.reason for r in doc.removed}
    assert [r.line for r in doc.removed if r.reason == "live page control"] == [*range(10, 17), 28]
    assert (doc.title, doc.date) == ("Report published: reaction as it happened", "2022-10-20")
    body = [b.text for b in doc.body]
    assert body[:3] == ["17.40 BST", "Summary of the day", "We are closing the blog here tonight."]
    assert body[3:5] == ["14.12 BST", "Parents ask for a timetable now"]  # (no repeat of the box's chrome)
    assert "Updated at 14.30 BST" in reasons
    # One timed line under "Key events" is no box, and a paragraph under it is the text's.
    for under in ("17.40 BST\nSummary of the day\n", "Three meetings were held that week.\n"):
        kept = clean(source(f"A headline for the test\n{ARTICLE}\nKey events\n{under}{ARTICLE}\n"))
        assert "Key events" in [b.text for b in kept.body]


def test_a_live_pages_summary_and_first_entry_start_its_text() -> None:
    head = "Skip to content\nSign in\nHome\nNews\nSport\nWeather\n\nNorth Country News\nHome\nUK\nEngland\nPolitics\n\n"
    head += "26 August 2014 Last updated at 19:40 BST\nLive\n"
    head += "Jay report: reaction from Rotherham as it happened\n\nLive Reporting\nEdited by Seraphina Dunmore\n"
    head += "All times stated are UK time.\n\n"
    points = "The report, which looked at sixteen years of the council's work, is published today\n"
    points += "Residents' groups say they want a plain timetable for the council's response\n"
    doc = clean(source(head + "Summary\n" + points + "\nPosted at 19:40\nThat's all from us\n" + ARTICLE))
    body = [b.text for b in doc.body]
    assert body[:3] == ["Summary", *points.splitlines()]
    assert body[3] == "That's all from us"
    assert {r.text: r.reason for r in doc.removed}["All times stated are UK time."] == "page notice"
    assert doc.title == "Jay report: reaction from Rotherham as it happened"
    # A pinned post under a byline starts the entries: the headline stays over it.
    pinned = "Courier\nNews\nTelford inquiry LIVE: reaction as the report is published\nBy\nSam Holloway\n"
    pinned += "10:02, 12 JUL 2022\nPinned post\n10:02\nWelcome to our live coverage\n" + ARTICLE
    assert clean(source(pinned)).title == "Telford inquiry LIVE: reaction as the report is published"
    # "Summary" over a menu's items is no summary.
    menu = "Courier\n12 May 2015\nA headline for the test\nSummary\nNews\nSport\n" + ARTICLE
    assert "Summary" not in [b.text for b in clean(source(menu)).body]


def test_what_the_live_page_rules_must_leave_alone() -> None:
    # A timeline under "Key events" that nothing prints again, in any of its forms, is the text's.
    head = f"How the night unfolded\nBy Jane Doe\n12 May 2021\n{ARTICLE}\nKey events\n"
    for events in (
        "22.10 Police called to a fight\n22.25 Ambulance arrives\n",
        "22:10\nPolice called to a fight\n22:25\nAmbulance arrives\n",
        "4.10 The board met six times during the year\n4.11 Its minutes were published\n",
    ):
        doc = clean(source(f"{head}{events}{ARTICLE}"))
        assert "Key events" in [b.text for b in doc.body], events
    # A charity's "Get involved" over its address is the post's.
    doc = clean(
        source(
            f"Join our litter pick\nBy Riverside Trust\n2 June 2020\n{ARTICLE}\nGet involved\n"
            f"Email: pick@riverside.example.org\n{ARTICLE}"
        )
    )
    assert "Get involved" in [b.text for b in doc.body]
    # A live control over the headline does not end the head.
    for over in ("The Northern Echo\n12 May 2021\nPosted at 14:05\n", "Allotments Forum\n12 May 2020\nPinned post\n"):
        doc = clean(source(f"{over}Council approves plan for new bridge\nBy Jane Doe\n{ARTICLE}"))
        assert doc.title == "Council approves plan for new bridge", over
    # A box with no control ends where the timeline prints its first entry again.
    box = "Key events\n17.40 BST\nSummary of the day\n14.12 BST\nParents ask for a timetable now\n\n"
    entries = "17.40 BST\nSummary of the day\nWe are closing the blog here tonight.\n\n"
    entries += "14.12 BST\nParents ask for a timetable now\n" + ARTICLE
    doc = clean(
        source(f"A live page's headline for the test\nRosalind Achebe\nThu 20 Oct 2022 17.45 BST\n{box}{entries}")
    )
    assert [r.line for r in doc.removed if r.reason == "live page control"] == list(range(4, 9))
    assert [b.text for b in doc.body][:3] == [
        "17.40 BST",
        "Summary of the day",
        "We are closing the blog here tonight.",
    ]


def test_a_sign_up_boxs_terms_are_its_own_and_no_byline() -> None:
    terms = "By subscribing, I agree to the Terms of Use and acknowledge the Privacy Policy."
    page = f"Discover more from The Minute Book\nType your email…\nSubscribe\n{terms}\nContinue reading\n\n"
    doc = clean(source(page + "The Minute Book\n\nTen years on\nOttoline Brabazon-Reyes\nSep 29, 2022\n\n" + ARTICLE))
    assert doc.author == "Ottoline Brabazon-Reyes"
    assert {r.text: r.reason for r in doc.removed}[terms] == "subscription prompt"
    assert read_byline("By continuing, you accept our terms") is None
    assert [read_byline(t).author for t in ("By admin, 12 May 2014", "By Fleming, 12 May 2014")] == ["admin", "Fleming"]


def test_a_themes_row_lists_its_categories_beside_the_count_byline_and_date() -> None:
    # Astra's meta under a title: the count of comments, the categories, the byline, the date.
    row = read_byline("8 Comments / Community, Scrutiny / By Norah Pickavance / 18 January 2013")
    assert row == Byline(author="Norah Pickavance", date="2013-01-18", categories=("Community", "Scrutiny"))
    # A headline's clauses beside a date are no list of categories; nor is one label alone.
    assert read_byline("Six jailed, two brothers among them | 4 March 2015") is None
    assert read_byline("News | 4 March 2015").categories == ()


def test_a_papers_reader_signed_with_their_town() -> None:
    # Newsquest's comment head: "NAME, PLACE says..." over the time-first date.
    page = f"The Vale Post\n\nGovernors want a plain reading\nBy Clem Ashe\n4th March 2015\n\n{ARTICLE}\n\nComments\n\n"
    page += "ChalkDownsDad, Letcombe Regis says...\n10:41pm Wed 4 Mar 15\nI will send them this article.\n"
    page += "Report this comment\nScore: 2\n\nOld Grove Girl, Grove says...\n7:05am Thu 5 Mar 15\nFair point.\n"
    doc = clean(source(page))
    assert [(c.author, c.date) for c in doc.comments] == [
        ("ChalkDownsDad", "2015-03-04"),
        ("Old Grove Girl", "2015-03-05"),
    ]
    # Over no date, "NAME, PLACE says..." is no head: a sentence may open so ("Rotherham, Yorkshire says...").
    undated = clean(source(f"A headline\n{ARTICLE}\n\n3 Comments\n\nKev, Wath says...\nI agree.\n"))
    assert undated.comments == ()


def test_commenters_signed_with_initials_like_a_places_head_their_comments() -> None:
    # From the second read of session 52: "GB" and "NI" are a reader's initials over their comment's date.
    thread = "3 Comments\n\nGB\n5 March 2015 at 9:14 pm\nGood post, I agree with it.\nReply\n\nTom Hughes\n"
    thread += "5 March 2015 at 9:20 pm\nI do not agree at all.\nReply\n\n"
    thread += "NI\n5 March 2015 at 9:30 pm\nNor do I, frankly.\nReply\n"
    assert [c.author for c in thread_doc(thread).comments] == ["GB", "Tom Hughes", "NI"]


def test_a_council_decision_records_maker_anchors_its_head_and_names_no_author() -> None:
    title = "Strengthening scrutiny of children's services: response to the Casey inspection"
    head = "Harthwaite Borough Council\nMenu\nSearch\nHome\nCouncil and democracy\nDecisions\nDecision details\n"
    head += f"{title}\nDecision Maker: Cabinet\nDecision status: Recommendations Approved\nPurpose:\n"
    doc = clean(source(f"{head}{ARTICLE}\nPublication date: 19/03/2015\n"))
    assert (doc.title, doc.author, doc.date) == (title, None, "2015-03-19")
    assert read_byline("Decision Maker: Cabinet", head=False) is None


def test_a_dreamwidth_entry_under_its_hosts_bar_its_title_under_the_user_and_subjects_in_heads() -> None:
    # Dreamwidth's bar ("Create" / "Explore"), the journal's name and description, its menu, then the
    # entry: date, "[personal profile] USER", title; a comment's subject between its user and its date.
    bar = "Dreamwidth Studios\nAccount name:\nPassword\nLog in\nCreate\nExplore\nShop\nSearch\n"
    journal = "Stitches and Minutes\nknitting, tenants' meetings and the number 22 bus\nRecent Entries\nArchive\n"
    title = "The Jay report, and four questions for Thursday's tenants' meeting"
    entry = f"Sep. 14th, 2014 09:14 pm\n[personal profile] kimberworth_knitter\n{title}\n{ARTICLE}\n2 comments\n\n"
    thread = "[personal profile] marsh_lane_mo\nDate: 2014-09-14 09:52 pm (UTC)\nThese are good.\nLink\nReply\n\n"
    thread += (
        "[personal profile] ravenfield_row\nRe: the minutes\nDate: 2014-09-15 06:15 pm (UTC)\nNumber three.\nLink\n"
    )
    doc = clean(source(bar + journal + entry + thread))
    assert (doc.site, doc.title, doc.author) == ("Stitches and Minutes", title, "kimberworth_knitter")
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("marsh_lane_mo", "2014-09-14", ("These are good.",)),
        ("ravenfield_row", "2014-09-15", ("Number three.",)),
    ]


def test_invisions_panel_over_the_post_its_count_over_the_word_posts_is_no_name() -> None:
    # Invision 4 with its panel above each post: name, group, count, "posts", location, "Posted DATE".
    def post(name: str, text: str) -> str:
        panel = "Members\n214\nposts\nLocation: Islip\nPosted March 17, 2015\nReport post\nShare"
        return f"{name}\n{panel}\n{text}\nQuote\n\n"

    head = "Otmoor Forums\nHome\nForums\n\nCounty review - has your governing body discussed it yet?\n"
    head += "By Tobias Wrenfield, March 17, 2015 in Schools & Education\nShare\nReply to this topic\n\n"
    doc = clean(source(head + post("Tobias Wrenfield", ARTICLE) + post("Ffion Reid", "We did it last week.")))
    assert [(c.author, c.date, c.paragraphs) for c in doc.comments] == [
        ("Ffion Reid", "2015-03-17", ("We did it last week.",))
    ]
    assert {r.text: r.reason for r in doc.removed}["posts"] == "poster profile"
    assert doc.categories == ("Schools & Education",)  # (the board the topic was posted in)
    # (A board's name is capitalised: "… in full" after a date names none.)
    assert read_byline("By Tobias Wrenfield, March 17, 2015 in full") == Byline("Tobias Wrenfield", "2015-03-17")


def test_a_papers_trending_box_and_a_reply_named_in_lower_case_over_whom_it_answers() -> None:
    trending = "Trending\nBin collections to change in four wards from next month\n"
    trending += "Roadworks on the parkway: what drivers need to know\nTown's oldest bakery marks its centenary\n"

    def comment(name: str, text: str, answers: str = "") -> str:
        return f"{name}\n{answers}10 years ago\n{text}\nReply\n14\nReport\n\n"

    thread = "Comments\nJoin the conversation\nSort by\nBest\nNewest\n\n" + comment("Clifton Mum", "Good on them.")
    thread += comment("Wath lad", "Evening meetings would help.", "Replying to Clifton Mum\n")
    thread += comment("Peter Halstead", "The written record matters.")
    doc = clean(
        source(f"The Gazette\n\nGroups ask for an open meeting\nBy Jo Bell\n\n{ARTICLE}\n\n{trending}\n{thread}")
    )
    assert [b.text for b in doc.body] == ARTICLE.splitlines()
    assert _tree(doc.comments) == [("Clifton Mum", [("Wath lad", [])]), ("Peter Halstead", [])]
    # Over "Replying to" someone no comment above names, a few words in lower case head nothing.
    stray = thread.replace("Replying to Clifton Mum", "Replying to the council")
    doc = clean(source(f"The Gazette\n\nGroups ask for an open meeting\nBy Jo Bell\n\n{ARTICLE}\n\n{stray}"))
    assert "Wath lad" not in [c.author for c in doc.comments]


def test_an_entry_footers_author_label_names_the_writer_over_the_date_not_a_biography() -> None:
    # Twenty Fifteen's entry footer, its labels glued to their values, under the "Related" box.
    related = 'Related\nHarlowfield surgeries: dates for February and March\nIn "Surgeries"\n\n'
    footer = "Author Rhiannon Penrose\nPosted on February 18, 2015\nCategories Council, Scrutiny\n\n"
    thread = "2 thoughts on “What the inspection means here”\n\nMavis Baptiste says:\nFebruary 19, 2015 at 1:15 pm\n"
    thread += (
        "Will the March meeting be in the evening?\nReply\n\nRhiannon Penrose says:\nFebruary 19, 2015 at 6:48 pm\n"
    )
    thread += "It is at 6pm this time.\nReply\n\nLeave a Reply Cancel reply\n"
    page = (
        f"Cllr Rhiannon Penrose\nMenu\nHome\nWhat the inspection means here\n\n{ARTICLE}\n\n{related}{footer}{thread}"
    )
    doc = clean(source(page))
    assert (doc.author, doc.date, doc.categories) == ("Rhiannon Penrose", "2015-02-18", ("Council", "Scrutiny"))
    assert _tree(doc.comments) == [("Mavis Baptiste", [("Rhiannon Penrose", [])])]
    assert read_byline("Author The Council") is None


def test_a_social_groups_name_over_its_kind_is_the_site_not_the_title() -> None:
    banner = "Allow the use of cookies from Facebook on this browser?\nAllow all cookies\nDecline optional cookies\n"
    group = "Facebook\nEmail or phone\nPassword\nLog in\nHebden Royd Parents Network\nPublic group\n· 1.4K members\n"
    group += "Join group\nAbout\nDiscussion\nMembers\nEvents\n"
    post = "Imelda Brennan\nAdmin\n24 October 2022 at 19:42\nShared with Public group\n"
    doc = clean(source(banner + group + post + ARTICLE))
    assert (doc.site, doc.title, doc.author) == ("Hebden Royd Parents Network", None, "Imelda Brennan")
    reasons = {r.text: r.reason for r in doc.removed}
    assert {reasons[t] for t in banner.splitlines()} == {"cookie notice"}
    # Its kind and count on one line, with no banner over the host's bar.
    group = "Facebook\nLog in\nCreate new account\n\nMarston Parents Together\nPrivate group · 2.4K members\n"
    doc = clean(source(group + "Join group\nAbout\nDiscussion\nMembers\n\n" + post + ARTICLE))
    assert (doc.site, doc.title) == ("Marston Parents Together", None)


def test_what_the_fiftieth_rounds_rules_must_leave_alone() -> None:
    # From the second read of session 52. A standfirst that opens "Private group …" names no group.
    standfirst = "Private group to take over the pool from April, council confirms"
    doc = clean(
        source(f"The Gazette\n\nLeisure centre to be handed over\n{standfirst}\nBy Jo Bell\n4 March 2015\n\n{ARTICLE}")
    )
    assert (doc.site, doc.title) == ("The Gazette", "Leisure centre to be handed over")
    # A site's menu item "Create" is no host's bar.
    doc = clean(
        source(f"Maker Studio\nHome\nLearn\nCreate\nShop\n\nKnitting for the meeting\nSeptember 14, 2014\n\n{ARTICLE}")
    )
    assert doc.site == "Maker Studio"
    # A handle ending "-ing" is a name; a place beside the date is no category.
    assert read_byline("By nightwing, 12 May 2014").author == "nightwing"
    assert read_byline("Sheffield, UK · 4 March 2015").categories == ()
    # "Trending" in a menu over an undated headline heads no box.
    doc = clean(
        source(f"The Gazette\nHome\nNews\nSport\nTrending\nCouncil to publish its review next month\n{ARTICLE}")
    )
    assert doc.title == "Council to publish its review next month"


def test_a_replies_block_whose_replies_print_no_delete_is_closed_by_its_reply_not_a_blank_line() -> None:
    thread = "Comments\n\nAlwyn Shaw\n21 February 2015 at 21:40\nThat should be on a banner.\nReply\nReplies\n"
    thread += "Winifred Catterall\n21 February 2015 at 21:40\nI can't take the credit.\n\nBridget Hart\n"
    thread += (
        "22 February 2015 at 21:40\nMe too.\nReply\n\nCyril Marsh\n23 February 2015 at 21:40\nA copy too.\nReply\n"
    )
    assert _tree(thread_doc(thread).comments) == [
        ("Alwyn Shaw", [("Winifred Catterall", []), ("Bridget Hart", [])]),
        ("Cyril Marsh", []),
    ]


def test_a_discussion_groups_thread_its_messages_flat_under_the_group_and_its_mail_chrome_removed() -> None:
    # Google Groups: the platform's menu, then the group's name over the same menu; each message's
    # sender, date and recipients over the mail buttons; the list's foot under a message.
    head = "Skip to first unread message\nGroups\nSign in\nConversations\nAbout\nPrivacy • Terms\n"
    head += "Pennine Governors\nConversations\nAbout\nFinal report: what are other boards asking for?\n23 views\n"
    buttons = "to Pennine Governors\nReply all\nReply to author\nForward\n"
    first = f"Aurelia Penhaligon\nOct 24, 2022, 8:41:12 PM\n{buttons}{ARTICLE}\n"
    first += "Replies to the list are fine, or reply off-list if you'd rather.\n--\n"
    first += 'You received this message because you are subscribed to the Google Groups "Pennine Governors" group.\n'
    first += "To unsubscribe from this group and stop receiving emails from it, send an email to pg@example.org.\n\n"
    reply = f"Rosalind Hargreaves\nOct 24, 2022, 9:40:05 PM\n{buttons}"
    reply += "On Mon, 24 Oct 2022 at 20:41, Aurelia Penhaligon <aurelia@example.org> wrote:\n"
    reply += f"> {ARTICLE.splitlines()[0]}\nWe did joint training two years ago.\n- show quoted text -\n\n"
    answer = f"Bartholomew Stroud\nOct 25, 2022, 6:22:09 PM\n{buttons}Rosalind, would you share what you did?\n"
    doc = clean(source(head + first + reply + answer))
    assert (doc.site, doc.title, doc.author, doc.date) == (
        "Pennine Governors",
        "Final report: what are other boards asking for?",
        "Aurelia Penhaligon",
        "2022-10-24",
    )
    assert doc.body[-1].text == "Replies to the list are fine, or reply off-list if you'd rather."
    # Flat, as the platform shows it: the words naming a commenter above nest no reply.
    assert [(c.author, c.date, c.paragraphs, c.replies) for c in doc.comments] == [
        ("Rosalind Hargreaves", "2022-10-24", ("We did joint training two years ago.",), ()),
        ("Bartholomew Stroud", "2022-10-25", ("Rosalind, would you share what you did?",), ()),
    ]
    assert doc.comments[0].quote is not None and doc.comments[0].quote.author == "Aurelia Penhaligon"
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["to Pennine Governors"] == "message's recipients"
    assert {reasons[t] for t in ("Reply all", "Reply to author", "Forward", "- show quoted text -")} == {
        "reply or vote button"
    }
    assert reasons[
        "To unsubscribe from this group and stop receiving emails from it, send an email to [email removed]."
    ]

    # The older layout: the unread flag between sender and date, a bare "to", buttons under the text,
    # and mails whose paragraphs are set apart by blank lines, as its threads are not.
    def mail(name: str, date: str, text: str) -> str:
        buttons = "Show trimmed content\nReply all\nReply to author\nForward\n"
        return f"{name}\nunread,\n{date}\nto\n{text}\n\nThanks.\n{buttons}"

    older = "Sign in\nGroups\nConversations\nAbout\nuk.politics.misc\nConversations\nAbout\n"
    older += "Rochdale board review out today: what it says\n214 views\nSkip to first unread message\n"
    older += mail("Colin Ashworth", "Sep 27, 2012, 6:18:44 PM", ARTICLE)
    older += mail("Mike Treadwell", "Sep 27, 2012, 7:02:11 PM", "Colin, the summary is more critical than that.")
    older += mail("Dave Pickering", "Sep 28, 2012, 8:15:37 AM", "I live in Heywood.")
    doc = clean(source(older))
    assert (doc.site, doc.author) == ("uk.politics.misc", "Colin Ashworth")
    assert _tree(doc.comments) == [("Mike Treadwell", []), ("Dave Pickering", [])]
    assert {r.reason for r in doc.removed if r.text == "unread,"} == {"message's unread flag"}


def test_a_committee_reports_pdf_text_its_cover_labels_its_page_furniture_and_its_wrapped_paragraphs() -> None:
    # A council report saved from its PDF: no blank lines, paragraphs wrapped at the page's width
    # (90-odd characters), the marking and the page's number at each page's foot, the running head.
    title = "Strengthening scrutiny of children's services: learning from the inspection"
    cover = "OFFICIAL\nAgenda Item 7\nBrackenholt Metropolitan Borough Council\n"
    cover += "Report to: Overview and Scrutiny Management Board\nDate of meeting: 24.03.2015\n"
    cover += f"Report of: Assistant Chief Executive\n{title}\nWards affected: All\n"
    first = (
        "1.1 This report invites the Board to consider what the Council's own overview and scrutiny\n"
        "arrangements can learn from the inspection of Rotherham council, and to agree a small\n"
        "number of changes to the way children's services are scrutinised in Brackenholt.\n"
    )
    running = "Brackenholt MBC – Overview and Scrutiny Management Board – 24.03.2015"
    page_foot = "OFFICIAL\nPage 1 of 2\nPage 23\nOFFICIAL\n"
    second = (
        "3.3 Officers have not attempted to summarise the inspection report in full, and Members\n"
        "are encouraged to read it. This report draws out only the points that appear to officers\n"
        "to be relevant to scrutiny in any authority.\n"
    )
    text = f"{cover}1. Purpose of report\n{first}2. Background\n{second}{page_foot}{running}\n{second}"
    text += f"{page_foot.replace('23', '24')}{running}\n4. Proposals\n{first}"
    doc = clean(source(text))
    assert (doc.site, doc.title, doc.author, doc.date) == (
        "Brackenholt Metropolitan Borough Council",
        title,
        None,
        "2015-03-24",
    )
    reasons = {r.text: r.reason for r in doc.removed}
    assert {reasons[t] for t in ("OFFICIAL", "Agenda Item 7", "Page 23", "Page 24", running)} == {
        "printed page's header or footer"
    }
    assert first.splitlines()[1] in [b.text for b in doc.body]
    assert doc.body[0].text == "1. Purpose of report"  # (its first section's heading, over "1.1 …")
    # Once, under no page's foot, a line is the text's own; a marking in lower case is a word.
    once = clean(source(f"{cover}{first}Official\n{running}\n{second}"))
    assert {"Official", running} <= {b.text for b in once.body}


def test_oceanwps_glued_labels_under_the_title_give_author_date_and_category() -> None:
    head = "Wickersley Community Matters\nHome\nNews\nBlog\nHome » News » Four questions for the council\n"
    head += "Four questions for the council\nPost author:Gwendolyn Farrow\nPost published:February 11, 2015\n"
    head += "Post category:News\nPost comments:5 Comments\n"
    doc = clean(source(f"{head}{ARTICLE}"))
    assert (doc.author, doc.date, doc.categories) == ("Gwendolyn Farrow", "2015-02-11", ("News",))
    assert read_byline("Post author:Gwendolyn Farrow", head=False) is not None  # (a label, wherever it stands)


def test_a_professional_networks_article_its_logged_out_banner_and_the_writers_barred_headline_in_replies() -> None:
    banner = "Workwise and 3rd parties use essential and non-essential cookies to provide, secure, analyze and"
    banner += (
        " improve our Services, and to show you relevant ads on and off Workwise. Learn more in our Cookie Policy.\n"
    )
    banner += "Select Accept to consent or Reject to decline non-essential cookies for this use. You can update your"
    banner += " choices at any time in your settings.\nAccept\nReject\n"
    head = "Workwise\nArticles\nPeople\nJobs\nJoin now\nSign in\nFour questions every governing board should ask\n"
    head += (
        "Seraphina Oduya\nChair of governors | Trustee | Safeguarding lead governor\nPublished Mar 18, 2015\n+ Follow\n"
    )

    def comment(name: str, job: str, text: str) -> str:
        return f"{name}\n{job}\n9y\n{text}\nLike\nReply\n3 Reactions\n\n"

    thread = "8 Comments\nLike\nComment\nShare\nTo view or add a comment, sign in\n\n"
    thread += comment(
        "Ptolemy Harcourt",
        "Headteacher, primary school in Bicester",
        "Question 2 is one we have never asked in that form, and it will be on our agenda.",
    )
    thread += comment(
        "Seraphina Oduya",
        "Author\nChair of governors | Trustee | Safeguarding lead governor",
        "Thank you, Ptolemy. I would be very interested to hear how the discussion goes.",
    )
    thread += comment(
        "Winifred Lockhart",
        "Clerk to governing boards",
        "As a clerk I would add a fifth: make sure the answers are minuted.",
    )
    doc = clean(source(banner + head + ARTICLE + "\n57\n" + thread))
    assert (doc.site, doc.title, doc.author) == (
        "Workwise",
        "Four questions every governing board should ask",
        "Seraphina Oduya",
    )
    assert [b.text for b in doc.body] == ARTICLE.splitlines()
    assert _tree(doc.comments) == [("Ptolemy Harcourt", [("Seraphina Oduya", [])]), ("Winifred Lockhart", [])]


def test_a_party_branded_councillors_page_its_logo_over_the_masthead_and_the_headline_under_the_breadcrumb() -> None:
    head = "Skip to content\nLiberal Democrats\nCopperfold Focus\n"
    head += "Persephone Lund, your councillor for Copperfold ward – working for you all year round\n"
    head += "Home\nNews\nAbout Persephone\nSurveys\nContact\nJoin\nDonate\nYou are here: Home » News\n"
    title = "The Jay report: what I will be asking at the scrutiny committee"
    foot = "Posted by Persephone Lund on 16th September 2014 at 8:15pm\n"
    doc = clean(source(f"{head}{title}\n{ARTICLE}\n{foot}"))
    assert (doc.site, doc.title, doc.author, doc.date) == ("Copperfold Focus", title, "Persephone Lund", "2014-09-16")
    # The party's own site: its name, over a menu, is the site.
    doc = clean(source(f"The Labour Party\nHome\nNews\nYou are here: Home » News\n{title}\n{ARTICLE}\n{foot}"))
    assert (doc.site, doc.title) == ("The Labour Party", title)


def test_a_times_style_page_its_kicker_headline_two_standfirsts_credit_and_dateline_and_whole_name_mentions() -> None:
    title = "Jay report: residents ask who checks the people who check the council"
    head = f"The Chronicler\nMy account\nLog in\nHome\nNews\nSport\n\nSOCIAL AFFAIRS\n{title}\n"
    head += "Tenants and school governors in Rotherham say they want a public session on scrutiny, not a statement\n"
    head += "Tenants' representatives say ordinary residents were kept away from the questions that mattered\n"
    head += "JASPER WYNDHAM-ORLU FOR THE CHRONICLER\nPhilippa Okonedo, Social Affairs Editor\n"
    head += "Thursday August 28 2014, 12.01am, The Chronicler\nShare\nSave\n\n"

    def comment(name: str, text: str) -> str:
        return f"{name}\n10 years ago\n{text}\nRecommend (9)\nReply\n\n"

    thread = "7 comments\nSort by\nNewest\nOldest\n\n"
    thread += comment(
        "M. Castellanos", "Our governors' group in Wath would like to join this, if someone could say how."
    )
    thread += comment("Cordelia Mbeki", "@M. Castellanos Thank you, that would be very welcome, and I'll pass it on.")
    doc = clean(source(f"{head}{ARTICLE}\n\n{thread}"))
    assert (doc.site, doc.title, doc.author, doc.date) == (
        "The Chronicler",
        title,
        "Philippa Okonedo",
        "2014-08-28",
    )
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["JASPER WYNDHAM-ORLU FOR THE CHRONICLER"] == "image caption"
    assert reasons["Recommend (9)"] == "reply or vote button"
    assert _tree(doc.comments) == [("M. Castellanos", [("Cordelia Mbeki", [])])]
    # A date and time before a sentence is no dateline.
    assert read_byline("Thursday August 28 2014, 12.01am, the council said") is None


def test_new_reddits_flair_between_the_posters_line_and_the_title_under_the_communitys_name() -> None:
    head = "Reddit\nr/ScrutinyNerdsUK\nSearch Reddit\nLog In\nScrutiny Nerds UK\nr/ScrutinyNerdsUK\nJoin\n87\nVote\n"
    title = "National inquiry's final report: how are your councils planning to follow it up, if at all?"
    doc = clean(source(f"{head}Posted by u/ledger_of_lapses 2 yr. ago\nDiscussion\n{title}\n{ARTICLE}"))
    assert (doc.title, doc.categories) == (title, ("Discussion",))
    assert [b.text for b in doc.body] == ARTICLE.splitlines()


def test_a_charitys_contact_bar_over_its_masthead_and_its_categories_after_a_slashed_byline() -> None:
    bar = "Skip to content\nCall us on 01632 960247\ninfo@hearthside.example.org\nDonate now\n"
    masthead = "Hearthside Family Support\nSupporting families in Rochdale since 1998\nHome\nAbout us\nNews\n"
    title = "Our response to the board's review: what we will do, and what we are asking for"
    byline = "by Theodora Blackwood / 16/01/2013 / News, Policy\n"
    doc = clean(source(f"{bar}{masthead}{title}\n{byline}{ARTICLE}"))
    assert (doc.site, doc.title, doc.author, doc.date) == (
        "Hearthside Family Support",
        title,
        "Theodora Blackwood",
        "2013-01-16",
    )
    assert doc.categories == ("News", "Policy") and doc.redactions.phone == 0
    # Without a date in the row, a place after the byline is no category; in a sentence, the number stays.
    assert read_byline("By Jo Bell / Sheffield, UK").categories == ()
    assert furniture_reason("Call us on 01632 960247 if you are worried about a child.", prose=True) is None


def test_mybb_18s_quote_header_with_the_date_closed_up_to_the_name() -> None:
    from site_src.clean.quotes import find_quote

    said = "- somewhere on the council website where you can see progress without ringing anyone"
    texts = [
        "(09-16-2014, 09:14 PM)Bramley_Nan Wrote:",
        said,
        "This. Half the problem is you never know where to look.",
    ]
    found = find_quote(texts, [said], {"Bramley_Nan"})
    assert found is not None and (found.author, found.header, found.quoted) == ("Bramley_Nan", 1, 1)


def test_a_proboards_threads_panel_likes_options_quote_heads_and_foot() -> None:
    # Each post's mini-profile ("Likes: 147" with its posts), "Post Options", who liked it, a quote
    # head "Post by NAME on DATE", and the viewers and moderators under the thread are chrome.
    def post(name: str, date: str, text: str, liked: str = "") -> str:
        return f"{name}\nFull Member\nPosts: 612\nLikes: 147\n{date}\nQuote\nLike\nPost Options\n{text}\n{liked}\n"

    asked = "2. What should a tenants' association do if they are worried about something?"
    opening = post(
        "Parkgate_Pauline", "Sept 9, 2014 20:14:12 GMT", f"{ARTICLE}\n{asked}", "Kay, Gary, and 4 more like this"
    )
    reply = post(
        "Kilnhurst_Kay",
        "Sept 10, 2014 7:22:41 GMT",
        f"Post by Parkgate_Pauline on Sept 9, 2014 20:14:12 GMT\n{asked}\nThis is the one I care about most.",
        "Parkgate_Pauline likes this",
    )
    foot = "Users Viewing this Thread: 1 guest\nModerators: Mod_Denise, Admin_Steph\n"
    doc = clean(source(f"Tenants' Board\nHome\nSearch\n\nJay report: what do we ask?\n\n{opening}{reply}{foot}"))
    assert doc.title == "Jay report: what do we ask?"
    assert [(c.author, c.paragraphs[-1]) for c in doc.comments] == [
        ("Kilnhurst_Kay", "This is the one I care about most.")
    ]
    assert doc.comments[0].quote is not None and doc.comments[0].quote.author == "Parkgate_Pauline"
    removed = {r.text for r in doc.removed}
    assert {"Likes: 147", "Post Options", "Kay, Gary, and 4 more like this", "Parkgate_Pauline likes this"} <= removed
    assert {"Users Viewing this Thread: 1 guest", "Moderators: Mod_Denise, Admin_Steph"} <= removed
    # A reader's "I really like this" or "Everyone likes this" is their comment.
    for said in ("I really like this", "Everyone likes this"):
        assert furniture_reason(said) is None


def test_a_themes_meta_a_line_each_names_the_categories_between_the_date_and_the_count_of_comments() -> None:
    # Neve's "by NAME" / date / categories / "8 Comments" over the text: the categories are the
    # post's and the count is chrome, not the text's first line.
    head = "Witney Touchline\nHome\nBlog\n\nWhat the county's review means for a football club\n"
    for byline, filed in (("by Anselm Rutherford-Eze", ("Welfare",)), ("Rhiannon Vale", ("Practice", "Rotherham"))):
        meta = f"{byline}\n9th March 2015\n{', '.join(filed)}\n8 Comments\n\n"
        doc = clean(source(head + meta + ARTICLE))
        assert (doc.date, doc.categories, doc.body[0].text[:11]) == ("2015-03-09", filed, "Paragraph 1")
    # A sentence there is no category.
    doc = clean(source(head + "by Anselm Rutherford-Eze\n9th March 2015\nread this first\n8 Comments\n\n" + ARTICLE))
    assert doc.categories == ()


def test_a_list_of_stories_under_the_text_each_with_its_byline_and_date_is_chrome() -> None:
    # Ghost's "Read more": each story's title, "By NAME" and its date; an entry footer repeating the
    # page's own byline under a share row is the page's.
    head = "The Airedale Ledger\nHome\nPolitics\nYouth groups ask for a seat at the table\n"
    head += "Tamsin Fairclough\nNov 17, 2022\n"
    more = "Share\nCopy link\n\nRead more\nShipley library hours to be cut from January\n"
    more += "By Tamsin Fairclough\nNov 10, 2022\n"
    more += "The volunteers keeping a food bank open\nBy Ezra Annan\nNov 3, 2022\n\nHome\nAbout\n"
    doc = clean(source(f"{head}{ARTICLE}\n{more}"))
    assert (doc.author, doc.date, doc.body[-1].text[:11]) == ("Tamsin Fairclough", "2022-11-17", "Paragraph 4")
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["By Ezra Annan"] == removed["By Tamsin Fairclough"] == "related links"
    assert {"Nov 10, 2022", "Nov 3, 2022"} <= set(removed)
    footer = clean(source(f"{head}{ARTICLE}\nShare\nCopy link\nPosted on Nov 17, 2022 by Tamsin Fairclough\n"))
    assert "Posted on Nov 17, 2022 by Tamsin Fairclough" not in {r.text for r in footer.removed}


def test_the_minutes_closing_line_is_their_last_line_not_the_pages_foot() -> None:
    page = f"Ravenbeck Council\nHome\nScrutiny Panel – minutes, Tuesday 22 January 2013\n{ARTICLE}\n"
    foot = "Was this page helpful?\nYes\nNo\nPage last updated: 21/03/2013\n"
    for closed in ("The meeting closed at 8.05pm.", "The meeting ended at 21:10"):
        doc = clean(source(f"{page}{closed}\n{foot}"))
        assert doc.body[-1].text == closed
    # A line of the foot that only looks like it stays the foot's.
    doc = clean(source(f"{page}The meeting room is closed at weekends\n{foot}"))
    assert doc.body[-1].text.startswith("Paragraph 4")


def test_a_regional_papers_first_published_line_names_its_section() -> None:
    assert read_byline("First published 4 March 2015 in News").categories == ("News",)
    # A paper named after "in" is no section; a date without one lists none.
    assert read_byline("Published 4 March 2015 in The Courier").categories == ()
    assert read_byline("Published 9th Aug 2019, 17:30 BST").categories == ()


def test_what_the_fifty_first_rounds_rules_must_leave_alone() -> None:
    # From the second read of session 53: each rule of set 51's round, on pages it was not written for.
    first, second, third, fourth = ARTICLE.splitlines()
    # A heading in capitals under a paragraph is writing, not a photo's credit; a sentence naming
    # cookies and third parties is no banner.
    cookies = "Facebook and third parties use tracking cookies to follow you around the web, the regulator found."
    doc = clean(source(f"A headline for the page\n{first}\nJUSTICE FOR THE FAMILIES\n{second}\n{cookies}\n{third}"))
    assert {"JUSTICE FOR THE FAMILIES", cookies} <= {b.text for b in doc.body}
    # A counted header's title may end in a full stop ("Wait for it...").
    thread = "6 Responses to Wait for it...\nSam Okoro\n1 July 2019 at 09:12\nGood luck with the meeting on Monday.\n"
    doc = clean(source(f"Wait for it...\n{ARTICLE}\n{thread}"))
    assert [b.text for b in doc.body] == ARTICLE.splitlines() and [c.author for c in doc.comments] == ["Sam Okoro"]
    # A meeting's date in the text is no cover's; "First published … in PLACE" names no section; after a
    # byline's date, a credit's list is no category.
    page = f"Wath Residents\nHome\nNews\nPublic meeting next month\nPosted on 12 March 2015 by Jo Bell\n{first}\n"
    doc = clean(source(f"{page}{second}\nDate of meeting: Tuesday 5 May 2015\nVenue: Wath Library\n{third}\n{fourth}"))
    assert doc.date == "2015-03-12" and "Date of meeting: Tuesday 5 May 2015" in {b.text for b in doc.body}
    assert read_byline("First published 4 March 2015 in Rotherham").categories == ()
    assert read_byline("By Jo Bell / 16 January 2013 / Photos: Sam Okoro, Ravi Mistry").categories == ()
    # An event's time and venue name no site.
    doc = clean(source(f"Wath Residents Blog\nHome\nNews\nSaturday March 14 2015, 7.30pm, Wath Library\n{ARTICLE}"))
    assert doc.site == "Wath Residents Blog"
    # A short line under a kicker in capitals, a standfirst under it, is no headline; a party's own site
    # keeps its name over its slogan.
    head = "The Dearne Chronicle\nHome\nNews\nLOCAL NEWS\nWath and Swinton\n"
    head += "Council leader quits after the report finds years of failure\nBy Jo Bell\n12 March 2015\n"
    assert clean(source(head + ARTICLE)).title == "Council leader quits after the report finds years of failure"
    assert clean(source(f"Green Party\nFor the common good\nHome\nNews\nWhy we stand\nBy Jo Bell\n{ARTICLE}")).site == (
        "Green Party"
    )
    # A web page's agenda items and the headings repeated under them are writing; so is a helpline in
    # the text, and "to" between days.
    minutes = f"Agenda Item 1\nApologies for absence\n{first}\nAgenda Item 2\nPublic questions\n{second}\n"
    minutes += f"Agenda Item 3\nPublic questions\n{third}\n"
    doc = clean(source(f"Wath Town Council\nMinutes of the meeting held on 12 March 2015\n{minutes}"))
    assert {"Agenda Item 2", "Public questions"} <= {b.text for b in doc.body}
    doc = clean(
        source(f"A headline for the page\n{first}\nCall us on 0808 800 5000\n{second}\nMonday\nto\nFriday\n{third}")
    )
    assert {"Call us on [phone removed]", "to"} <= {b.text for b in doc.body}

    # Among commenters "Jo Bell" and "Jo Bellamy", "@Jo Bellamy" answers Jo Bellamy.
    def comment(name: str, text: str) -> str:
        return f"{name}\n1 July 2019 at 09:12\n{text}\nReply\n"

    thread = "3 Comments\n" + comment("Jo Bell", "The first comment, at a sentence's length here.")
    thread += comment("Jo Bellamy", "The second comment, at a sentence's length here.")
    thread += comment("Sam Okoro", "@Jo Bellamy Thank you, that is the answer I wanted to read.")
    assert _tree(thread_doc(thread).comments) == [("Jo Bell", []), ("Jo Bellamy", [("Sam Okoro", [])])]
    # A mail's paragraph wrapped at 70 characters, a sentence ending at a line's end, is still wrapped.
    mail = "Dear all,\nMany of you will have seen that the department has today published the\n"
    mail += "second review in full. It sits alongside the first review that the\n"
    mail += "inspectors judged inadequate, and some passages are still redacted.\n"
    mail += "But far fewer than I had expected, which is worth saying here today.\n"
    doc = clean(source(f"[Casework] Reading the inspection report\nTom Aldous\nWed Feb 4 17:32:09 GMT 2015\n\n{mail}"))
    assert doc.title == "[Casework] Reading the inspection report"
    assert "second review in full. It sits alongside the first review that the" in {b.text for b in doc.body}


def test_a_tabloids_consent_wall_its_more_on_topics_under_a_stories_list_and_its_comment_rules() -> None:
    wall = "We and our partners store and/or access information on a device, such as cookies, and process data.\n"
    wall += "With your permission we and our partners may use precise geolocation data and identification.\nAGREE\n"
    wall += "MORE OPTIONS\n"
    head = "Daily Pennant\nSign in\nMenu\nNews\nPolitics\n\nParents' groups demand timetable after the inspection\n"
    head += "Cressida Obuya\nPolitical Reporter\n10:15, 5 Feb 2015\n\n"
    foot = "Read More\nTop Stories\nVolunteers reopen village library after two years\n\n"
    foot += "More On\nRotherham\nPolitics\nLocal government\n\nComments\nJoin the conversation\n"
    foot += "Be respectful, keep it civil and stay on topic. We delete comments that violate our policy.\nSort by\n"
    foot += (
        "Newest\n6 comments\n\nRotherlad71\n9 years ago\nFair play to them, dates and names are exactly right.\nReply\n"
    )
    doc = clean(source(wall + head + ARTICLE + "\n" + foot))
    assert (doc.site, doc.author, doc.date) == ("Daily Pennant", "Cressida Obuya", "2015-02-05")
    assert doc.tags == ("Rotherham", "Politics", "Local government")
    assert [b.text for b in doc.body] == ARTICLE.splitlines() and [c.author for c in doc.comments] == ["Rotherlad71"]
    # Under "More On", headlines are a list of stories, no topics.
    stories = foot.replace("Rotherham\nPolitics\nLocal government", "Bus firm apologises as school route is cut")
    assert clean(source(wall + head + ARTICLE + "\n" + stories)).tags == ()


def test_a_livejournal_communitys_post_its_poster_wrote_in_the_community_under_its_name_and_handle() -> None:
    head = "LiveJournal\nFind more\nLog in\n\nRochdale Civics\nrochdale_civics\n"
    head += "Local democracy in Rochdale and the townships: meetings, minutes and how to take part\n"
    head += (
        "Userinfo\nRecent Entries\nArchive\nProfile\nMemories\n\nPrevious Entry\nAdd to memories!\nShare\nNext Entry\n"
    )
    title = "Rochdale review – can we get a question on the scrutiny agenda?"
    post = f"hedgebrook_moss (hedgebrook_moss) wrote in rochdale_civics,\n2012-12-21 21:14:00\n{title}\n"
    doc = clean(source(head + post + ARTICLE))
    assert (doc.site, doc.title, doc.author, doc.date) == ("rochdale_civics", title, "hedgebrook_moss", "2012-12-21")
    assert [b.text for b in doc.body] == ARTICLE.splitlines()


def test_bloggers_essential_foot_dates_the_post_and_a_press_releases_contact_box_is_furniture() -> None:
    foot = "Posted by Hesper Lind at Wednesday, 11 February 2015\nLabels: Casey inspection, Rotherham\nGet link\n"
    doc = clean(source(f"Wath Road Notebook\nHome\n\nFive questions for Thursday's meeting\n{ARTICLE}\n{foot}"))
    assert (doc.author, doc.date) == ("Hesper Lind", "2015-02-11")
    box = "Media enquiries\nEmail: press@thornmere.example.org\nTelephone: 01632 960850\n\nShare this page\n"
    doc = clean(source(f"Thornmere Borough Council\nPress release\nScrutiny to review itself\n{ARTICLE}\n\n{box}"))
    assert doc.tags == () and doc.redactions.email == doc.redactions.phone == 0
    assert {r.reason for r in doc.removed if r.text.startswith(("Media", "Email", "Telephone"))} == {
        "site's contact bar"
    }
    # Without its labelled lines under it, "Press office" is writing's heading.
    first, rest = ARTICLE.split("\n", 1)
    doc = clean(source(f"A headline for the page\n{first}\nPress office\nThe team answers calls until 6pm.\n{rest}"))
    assert "Press office" in {b.text for b in doc.body}


def test_ghosts_one_word_credential_beside_the_date_a_live_blogs_pager_and_a_forums_op_links() -> None:
    thread = "Member discussion\n2 comments\n\nTobiah Ferncliffe\nCouncillor · 25 Oct 2022\n"
    thread += "Question 3 is the hard one, and I would add a fourth to it.\n5\nReply\n"
    doc = clean(
        source(
            f"Scrutiny\nA reading plan for committees\nEvander Okonkwo\n24 Oct 2022 — 6 min read\n{ARTICLE}\n{thread}"
        )
    )
    assert [(c.author, c.date) for c in doc.comments] == [("Tobiah Ferncliffe", "2022-10-25")]
    # A live blog's pager, "Newest" / "Newer" / "Older" / "Oldest", is navigation; alone, each word is writing.
    pager = clean(source(f"A headline for the page\n{ARTICLE}\n\nNewest\nNewer\nOlder\nOldest\n"))
    assert {r.text: r.reason for r in pager.removed}["Older"] == "navigation"
    first, rest = ARTICLE.split("\n", 1)
    answers = clean(source(f"A headline for the page\n{first}\nWhich homes had damp?\nNewer\nOlder\nBoth\n{rest}"))
    assert {"Newer", "Older"} <= {b.text for b in answers.body}
    assert furniture_reason("OP’s posts: see next | see all") == "navigation"
    # Under a line with a figure, or a handle, the word is still a name ("19 replies" / "Heron · Fri …").
    forum = "19 replies\nHeronInTheReeds · Fri 21-Oct-22 08:12:44\nWhat is everyone making of the final report?\n"
    assert clean(source(f"Nestwell\nTalk\n{forum}")).author != "19 replies"


def test_what_the_fifty_second_rounds_rules_must_leave_alone() -> None:
    # From the second read of session 53.
    first, rest = ARTICLE.split("\n", 1)
    # Headlines under "More on" are a list of stories, however it runs into the list above.
    foot = "\nRelated stories\nVolunteers reopen village library after two years\nMore on\n"
    foot += "Bus firm apologises as school route is cut\nCouncil leader quits over report\n\nComments\n"
    doc = clean(source(f"The Gazette\nParents demand timetable\nBy Jo Bell\n12 March 2015\n{ARTICLE}{foot}"))
    assert doc.tags == () and [b.text for b in doc.body] == ARTICLE.splitlines()
    # A thread's title in capitals over a handle and the date is no commenter's name over a credential.
    forum = "Nestwell\nTalk\nFinal Report Thoughts\nHeronInTheReeds · Fri 21-Oct-22 08:12:44\n"
    forum += "I have read it twice and still do not know what the council will actually change.\n"
    assert clean(source(forum)).author == "HeronInTheReeds"
    # "NAME wrote in reply," is a letter's sentence, no journal community's byline.
    assert read_byline("Margaret wrote in reply,") is None
    # Labelled lines that are sentences are no press office's contact box; a moderator's sentence
    # opening with the comment rules' words is writing.
    office = "Press office\nPhone: the team answers calls until 6pm on weekdays, and the duty officer after that.\n"
    doc = clean(source(f"A headline for the page\n{first}\n{office}{rest}"))
    assert "Press office" in {b.text for b in doc.body}
    assert (
        furniture_reason("Be respectful, keep it civil and stay on topic, or I will close this thread.", True) is None
    )


def test_a_forum_staffs_handle_spelled_out_under_its_head_is_the_heads() -> None:
    def post(head: str, text: str) -> str:
        return f"{head}\n{text}\nReport\n\n"

    thread = post("Penistone_Pam · 27/08/2014 21:14", "Those are good questions and I would add one about money.")
    thread += post(
        "NestwellHQ · 28/08/2014 09:05\nNestwell HQ", "Morning all. Please keep this thread to what it means."
    )
    thread += post("Sam Okoro · 28/08/2014 10:05", "Nestwell HQ is right, and I will keep to that myself.")
    doc = clean(source(f"Nestwell\nTalk\nWhat can we ask the council?\n{thread}"))
    assert [(c.author, c.paragraphs[0][:12]) for c in doc.comments] == [
        ("NestwellHQ", "Morning all."),
        ("Sam Okoro", "Nestwell HQ "),
    ]


def test_a_broadcasters_masthead_link_home_names_the_site_and_its_consent_banners_answers() -> None:
    banner = "Your privacy, your choice\nWe and our partners use cookies and similar technologies on your device.\n"
    banner += "Accept all\nDo not accept\nOptions\nSkip to content\n"
    head = "Beacon News - back to home\nWatch Live\nHome\nUK\nPolitics\n\n"
    head += "Rotherham residents demand a say on the report\nBy Lorna Ochieng\nWednesday 27 August 2014 14:32, UK\n"
    doc = clean(source(banner + head + ARTICLE))
    assert (doc.site, doc.title) == ("Beacon News", "Rotherham residents demand a say on the report")
    assert {r.reason for r in doc.removed if r.text in ("Your privacy, your choice", "Do not accept")} == {
        "cookie notice"
    }
    # A word opening a slashed byline row may be a section or a place ("London / By NAME / …"): no category.
    assert read_byline("London / By Helen Marwood / 2 September 2014").categories == ()


def test_a_block_themes_foot_a_word_a_line_with_its_categories_in_one_line() -> None:
    foot = "\nPosted\n2015-03-16\nin\nNews, Safeguarding\nby\nFerelith Marsh\nTags:\ncounty review, families\n"
    doc = clean(source(f"Ock Valley Family Link\nHome\nNews\n\nWhat the county review means for us\n{ARTICLE}\n{foot}"))
    assert (doc.categories, doc.tags) == (("News", "Safeguarding"), ("county review", "families"))


def test_a_papers_note_that_it_values_your_comments_is_the_comment_forms() -> None:
    note = (
        "The Daily Lodestar values your comments but kindly requests all posts are on topic. Please review our policy."
    )
    assert furniture_reason(note, prose=True) == "comment form"
    # A sentence naming someone who values comments is writing.
    assert furniture_reason("The chair said she values your comments and will read every one of them.", True) is None


def test_a_blogs_head_with_its_reading_time_opens_no_forum_so_the_writers_reply_answers_the_comment_above() -> None:
    head = "Kimberworth Park Voice\nAll Posts\nWriter's picture\nPerpetua Hale\nFeb 12, 2015\n3 min read\n\n"
    head += "Our questions for the council after the inspection\n"

    def comment(name: str, text: str) -> str:
        return f"{name}\nFeb 13, 2015\n{text}\nLike\nReply\n"

    thread = "5 Comments\n" + comment("Stanislaus Parr", "I can give two people a lift to the meeting on the 28th.")
    thread += comment("Perpetua Hale", "Thank you, Stan. I've added this to the post as well.")
    doc = clean(source(f"{head}{ARTICLE}\n{thread}"))
    assert _tree(doc.comments) == [("Stanislaus Parr", [("Perpetua Hale", [])])]
    # A forum post's first line ending "a 10 min read" shows no blog's head: its replies stay flat.
    forum = "Kimberworth Park Forum\nAll Topics\nWhat can we ask the council?\nPerpetua Hale\nFeb 12, 2015\n"
    forum += "Found the summary the paper put up, worth it, a 10 min read\n"
    thread = thread.replace("Thank you, Stan. I've added this", "Thank you, that is kind, I will add it")
    assert _tree(clean(source(f"{forum}{ARTICLE}\n{thread}")).comments) == [
        ("Stanislaus Parr", []),
        ("Perpetua Hale", []),
    ]


def test_what_the_fifty_third_rounds_rules_must_leave_alone() -> None:
    # From the second read of session 53's third round.
    # A council's own sentence that it values comments is writing.
    council = "Rotherham Council values your comments but kindly requests that all responses reach us by 12 September."
    assert furniture_reason(council, prose=True) is None
    # Tags a line each keep their commas; a headline ending "- back to home" names no site.
    doc = clean(source(f"Our day in Sheffield\n{ARTICLE}\nTopics\nSheffield, UK\nChild protection\nShare\n"))
    assert "Sheffield, UK" in doc.tags
    page = "Rotherham Gazette\nHome\nNews\nSport\n\nThirty years on - back to home\nBy Lorna Ochieng\n"
    assert clean(source(f"{page}Wednesday 27 August 2014\n{ARTICLE}")).site == "Rotherham Gazette"
    # "Well done" under "WellDone · DATE" is the post's first line, not the handle spelled out.
    forum = "Nestwell\nTalk\nWhat can we ask the council?\nPenistone_Pam · 27/08/2014 21:14\n"
    forum += "Those are good questions and I would add one about money.\nReport\n\n"
    forum += "WellDone · 28/08/2014 09:05\nWell done\nThat is the best summary of the report I have seen.\nReport\n"
    doc = clean(source(forum))
    assert doc.comments[-1].paragraphs[0] == "Well done"


def test_a_debate_records_speakers_keep_their_names_over_their_words() -> None:
    # A debate record (TheyWorkForYou-style): each speaker's photo, role and the time are its
    # furniture; the name stays over the words, even where the speaker and role come again.
    head = "OpenChamber\nDebates\nSign in\n\nRochdale review: lessons for the committee\nTuesday 22 January 2013\n"
    head += "Previous debate\nNext debate\nShare this debate\n\n"
    chair = "Photo of Wilhelmina Strand\nWilhelmina Strand\nChair of the committee; Ashby Moss ward\n"
    officer = "Photo of Ottoline Barr\nOttoline Barr\nAssistant Director, Safeguarding and Quality, the Council\n"
    link = "Link to this | Council source\n\n"
    speech = "I want to begin by saying what this item is and what it is not, for the record of the meeting.\n"
    answer = "Yes. We would ask for a little time to agree the dates with partner agencies and come back.\n"
    page = (
        f"{head}{chair}7:04 pm\n{speech}{link}{officer}{answer}{link}{chair}Is that something officers can support?\n"
    )
    page += f"{link}{officer}{answer.replace('Yes.', 'Then yes.')}{link}"
    page += "Receive alerts when this committee meets\nEmail me when this committee's debates are published\n\n"
    page += (
        "About OpenChamber\nOpenChamber is a record of what councils debate, kept by volunteers.\nContact\nPrivacy\n"
    )
    doc = clean(source(page))
    reasons = {r.text: r.reason for r in doc.removed}
    body = [b.text for b in doc.body]
    assert body.count("Wilhelmina Strand") == body.count("Ottoline Barr") == 2
    assert reasons["Photo of Wilhelmina Strand"] == "picture's alt text"
    assert reasons["Chair of the committee; Ashby Moss ward"] == reasons["7:04 pm"] == "speaker's role and time"
    assert reasons["Assistant Director, Safeguarding and Quality, the Council"] == "speaker's role and time"
    assert (
        reasons["Link to this | Council source"] == reasons["Receive alerts when this committee meets"] == "page notice"
    )
    assert reasons["Email me when this committee's debates are published"] == "page notice"
    # The site's own "About" box names no writer.
    assert (doc.author, reasons["About OpenChamber"]) == (None, "site's about box")
    # A photo's caption that names no line under it, and a sentence under a name, are the text's.
    kept = clean(source(f"A headline for the test\n{ARTICLE}\nPhoto of the week\nThe week\n{ARTICLE}\n"))
    assert "Photo of the week" in [b.text for b in kept.body]
    named = f"A headline for the test\n{ARTICLE}\nPhoto of Ann Lee\nAnn Lee\nShe chaired the panel for a decade.\n"
    assert "She chaired the panel for a decade." in [b.text for b in clean(source(named + ARTICLE)).body]


def test_a_tabloids_read_more_box_ends_at_its_sub_heading_and_its_story_call_is_chrome() -> None:
    # A tabloid's "READ MORE ON X" box set in the text, over a sub-heading as the text goes on; under the
    # text its topics, then its call for stories over how to send them.
    box = "READ MORE ON ROTHERHAM\nResidents call for an open scrutiny meeting\n"
    box += "Parents plan a joint letter to councillors\n"
    call = "Do you have a story for The Klaxon news desk?\n"
    call += "Email us at news@klaxon.example.com or call 01632 960200. We pay for videos too.\n"
    page = f"The Klaxon\nNews\nMums demand a date next to every promise\nBy ANNA KEEL\n28 Aug 2014\n\n{ARTICLE}\n"
    page += f"{box}‘Plain answers’\n{ARTICLE}\n\nTopics\nRotherham\nCouncils\n\n{call}\nMOST READ\n"
    doc = clean(source(page))
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["READ MORE ON ROTHERHAM"] == "related links heading"
    assert reasons["Parents plan a joint letter to councillors"] == "related links"
    assert "‘Plain answers’" in [b.text for b in doc.body]
    assert reasons[call.splitlines()[0]] == "page notice"
    assert reasons["Email us at [email removed] or call [phone removed]. We pay for videos too."] == "page notice"
    assert sorted(doc.tags) == ["Councils", "Rotherham"]
    # A list's entry, short, under its date, is the list's; "Read more on our website." is a sentence.
    listed = (
        f"A headline for the test\n{ARTICLE}\nRelated Stories\nCouncil under review\n04 February 2015\nUK\n{ARTICLE}"
    )
    assert {r.text: r.reason for r in clean(source(listed)).removed}["UK"] == "related links"
    said = clean(source(f"A headline for the test\n{ARTICLE}\nRead more on our website.\n{ARTICLE}"))
    assert "Read more on our website." in [b.text for b in said.body]


def test_a_broadcasters_reporter_stands_over_the_newsroom_and_its_about_box_names_no_writer() -> None:
    head = "Northlight Broadcasting Corporation\nHome\nNews\nSport\n\nResidents ask for open question sessions\n"
    head += "5 February 2015\nShare\nSave\nImogen Featherstone-Adu\nNorthlight News, Sheffield\n\n"
    doc = clean(source(f"{head}{ARTICLE}\n\nAbout Northlight\nContact\nPrivacy\n"))
    assert doc.author == "Imogen Featherstone-Adu"
    assert {m.text: m.field for m in doc.metadata}["Northlight News, Sheffield"] == "byline"
    assert {r.text: r.reason for r in doc.removed}["About Northlight"] == "site's about box"
    # A name over a paper's office is no byline, nor is a place over its county.
    for under in ("Yorkshire Post, Leeds", "Wath upon Dearne, Rotherham"):
        other = clean(source(head.replace("Northlight News, Sheffield", under) + ARTICLE))
        assert other.author is None, under


def test_a_greeting_under_the_opening_posts_head_is_no_subject() -> None:
    # A mail group's topic: its title over the hashtags, the post's head, then the letter ("Dear all,").
    head = "Groups.io\nLog In\nKidlington Area Governors\nHome\nMessages\nTopics\n\n"
    head += "County review – questions for our governing bodies\n#safeguarding\nPrevious Topic\nNext Topic\n\n"
    post = "Winifred Achterberg-Lowe\nMar 9, 2015 9:14pm\n#412\nDear all,\n" + ARTICLE + "\nBest wishes,\nWinifred\n"
    reply = "\nLucan Pettigrew-Obi\nMar 9, 2015 10:02pm\n#413\nThanks Winifred, that list is a good start for us.\n"
    doc = clean(source(head + post + reply))
    assert doc.title == "County review – questions for our governing bodies"
    assert doc.body[0].text == "Dear all,"


def test_a_forums_log_in_box_offers_its_session_lengths() -> None:
    head = "Hello Guest. Please login or register.\n1 Hour\n1 Day\n1 Week\n1 Month\nForever\n"
    head += "Login with username, password and session length\nMilnrow & Newhey Forum\nHome\nHelp\n\n"
    doc = clean(source(f"{head}Should the forum write to the council?\n{ARTICLE}\n"))
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["1 Hour"] == reasons["Forever"] == "subscription prompt"
    assert doc.site == "Milnrow & Newhey Forum"
    # "Forever" alone closes a paragraph's thought, as a heading may.
    assert "Forever" in [b.text for b in clean(source(f"A headline for the test\n{ARTICLE}\nForever\n{ARTICLE}")).body]


def test_a_papers_paid_tier_newsletter_box_and_picture_desk_are_chrome() -> None:
    head = "Skip to main content\nAlmanac Premium\nSubscribe\nLog in\nThe Daily Almanac\nNews\nSport\n\n"
    head += "Parents ask councils to name who checks each recommendation\nRowena Adjei\n20 October 2022\n"
    offer = "Want to bookmark your favourite articles and stories to read or reference later? Start your Almanac "
    offer += "Premium subscription today.\n"
    caption = "Parents and carers at a community meeting in Hebden Bridge earlier this year (Almanac Pictures)\n"
    box = "Stay ahead of the curve with our free daily newsletter\nGet our free Morning Headlines email for the day's "
    box += "top stories\nSign up\n"
    doc = clean(source(f"{head}Comments\nBookmark\nShare\n\n{offer}\n{caption}\n{box}\n{ARTICLE}\n"))
    reasons = {r.text: r.reason for r in doc.removed}
    assert doc.site == "The Daily Almanac"
    assert reasons["Almanac Premium"] == reasons[offer.strip()] == "subscription prompt"
    assert reasons[caption.strip()] == "image caption"
    assert all(reasons[line] == "subscription prompt" for line in box.splitlines())
    assert doc.body[0].text == ARTICLE.splitlines()[0]
    # The words in running text are the text's.
    said = "We sent the report to every member of the group (the scrutiny panel and its pictures) last week.\n"
    said += "Members can read it in our free newsletter, which the clerk sends out every month.\n"
    kept = clean(source(f"A headline for the test\n{ARTICLE}\n{said}{ARTICLE}"))
    assert all(line in [b.text for b in kept.body] for line in said.splitlines())


def test_a_journal_comment_under_its_own_subject_keeps_its_head() -> None:
    # Dreamwidth: a comment titled in the commenter's own words, its date over its sender.
    entry = f"Mar. 16th, 2015 08:14 pm\nWhat the county review asks of a small club\n{ARTICLE}\nLink\nTrack this\n"
    entry += "Leave a comment\n3 comments\n\n"
    first = "(no subject)\nDate: 2015-03-16 09:02 pm (UTC)\nFrom: [personal profile] wychwood_wren\n"
    first += "This is really useful, thank you.\nLink\nReply\nThread\n\n"
    own = "Cover for the welfare officer\nDate: 2015-03-17 12:31 pm (UTC)\nFrom: (Anonymous)\n"
    own += "Parent at a different club here. Please tell the parents too.\nLink\nReply\nThread\n\n"
    last = "(no subject)\nDate: 2015-03-18 08:00 am (UTC)\nFrom: [personal profile] foxglove\nGood luck at the AGM.\n"
    doc = clean(source(entry + first + own + last))
    assert [(c.author, c.date) for c in doc.comments] == [
        ("wychwood_wren", "2015-03-16"),
        ("Anonymous", "2015-03-17"),
        ("foxglove", "2015-03-18"),
    ]
    assert doc.comments[0].paragraphs == ("This is really useful, thank you.",)
    assert {r.text: r.reason for r in doc.removed}["Track this"] == "reply or vote button"
    # A short line over an e-mail's quoted head in a post is no comment's subject.
    quoted = "The clerk's reply\nDate: 2015-03-17\nFrom: Jo Bell\nThank you for your letter about the review.\n"
    assert clean(source(f"A headline for the test\n{ARTICLE}\n{quoted}{ARTICLE}")).comments == ()


def test_what_the_fifty_fourth_rounds_rules_must_leave_alone() -> None:
    # Each case a second reader found misread by the round's first rules.
    def body(text: str) -> list[str]:
        return [b.text for b in clean(source(f"A headline for the test\n{ARTICLE}\n{text}{ARTICLE}")).body]

    # A poll's choices, down to "Forever", outside a log-in box.
    assert "Forever" in body("How long would you wait for an answer?\n1 week\n1 month\n6 months\nForever\n")
    # Words about a newsletter, an alert, a call for stories, "Read more on" and a studio in brackets.
    for line in (
        "Read our free monthly newsletter",
        "Email me when the meeting papers are published",
        "Receive alerts when the river level rises by signing up on the agency website",
        "Do you have a story for the kids?",
        "Read more on the consultation",
        "Barbie (Warner Bros Pictures)",
        "We finally did the walk up Blackstone Edge on Sunday (lots of photos)",
    ):
        assert line in body(f"{line}\n"), line
    # A vox pop's and two co-authors' photos are no debate's speakers.
    vox = 'Photo of Ann Lee\nAnn Lee\n"Nobody asked me about the plans"\nPhoto of Bob Ray\nBob Ray\nShop owner, 45\n'
    assert {'"Nobody asked me about the plans"', "Shop owner, 45"} <= set(body(vox))
    # A blog named after its writer keeps "About NAME" as its author box.
    blog = clean(
        source(
            f"Jane Doe\nHome\nAbout\n\nWhy I walk to work\n3 March 2015\n{ARTICLE}\n\nAbout Jane Doe\n"
            "Jane is a teacher in Leeds who writes about walking.\n"
        )
    )
    assert blog.author == "Jane Doe"
    # A masthead over its tagline is no reporter over a newsroom.
    paper = clean(
        source(f"The Calder Courier\nLatest News, Sport and Weather\n\nCouncil leader resigns\n3 March 2015\n{ARTICLE}")
    )
    assert (paper.author, paper.site) == (None, "The Calder Courier")
    # A form's message quoted in an article, under its own heading, is the article's.
    quoted = "The message left on our feedback form\nDate: 17 March 2015\nFrom: (Anonymous)\n"
    quoted += "Your bins have not been emptied.\n"
    doc = clean(source(f"A headline for the test\n{ARTICLE}\n{quoted}{ARTICLE}"))
    assert doc.comments == () and "The message left on our feedback form" in [b.text for b in doc.body]


def test_a_hosts_bar_over_a_journal_or_a_group_names_the_journal_or_the_group_not_the_host() -> None:
    # Dreamwidth's bar with "Create" last ("Explore" / "Shop" / "Log in" / "Create"), and a group
    # host named by its domain over its log-in, then the group's name over the group's own menu.
    title = "What the county review asks of a small club committee"
    journal = "Explore\nShop\nLog in\nCreate\nStitches and Minutes\nnotes from a volunteer secretary\nRecent Entries\n"
    entry = f"Mar. 16th, 2015 08:14 pm\n{title}\n[personal profile] kimberworth_knitter\n{ARTICLE}\n"
    assert clean(source(journal + entry)).site == "Stitches and Minutes"
    group = "Groups.io\nLog In\nSign Up\nSearch\nOtmoor Governors\nHome\nMessages\nFiles\n\nTopics\n"
    topic = f"{title}\n#safeguarding\n\nWinifred Lowe\nMar 9, 2015 9:14pm\n#412\n{ARTICLE}\n"
    assert clean(source(group + topic)).site == "Otmoor Governors"
    # A site named by its domain, over its own log-in and no group's menu, keeps its name.
    board = f"Boards.net\nLog in\nRegister\nCommunity\n{title}\nBy Winifred Lowe, March 9, 2015\n{ARTICLE}\n"
    assert clean(source(board)).site == "Boards.net"


def test_a_records_note_on_its_source_and_the_line_naming_who_runs_the_site_are_chrome() -> None:
    # A debate record's note on where its text came from, under its head; a footer naming the
    # charity that runs the site.
    note = "This record is transcribed from the council's published minutes and webcast. Timings are approximate."
    runs = "OpenChamber is run by the Civic Ledger Trust, a registered charity."
    head = f"OpenChamber\nDebates\n\nRochdale review: lessons for the committee\nTuesday 22 January 2013\n{note}\n"
    doc = clean(source(f"{head}{ARTICLE}\nNext debate\n\n{runs}\nAbout OpenChamber\nContact\n"))
    reasons = {r.text: r.reason for r in doc.removed}
    assert (reasons[note], reasons[runs]) == ("page notice", "site footer")
    # A sentence saying who runs something, or that a record is wanting, is writing.
    for line in (
        "The trust is run by parents, and the council has never asked them what they think.",
        "This record is incomplete, as the clerk told the committee in March.",
    ):
        assert furniture_reason(line, prose=True) is None


def test_a_news_themes_date_bar_log_in_panel_author_box_and_a_social_plugins_thread() -> None:
    # A magazine theme: the day's date over its log-in panel, the masthead and menu, then the story
    # dated under its byline; an author box after the next article's link; a social plugin's thread
    # with notes beside names and the site itself answering.
    panel = "Welcome! Log into your account\nyour username\nyour password\nForgot your password? Get help\n"
    panel += "Password recovery\nRecover your password\nyour email\nA password will be e-mailed to you.\n"
    title = "Parents' group asks council to publish its action list"
    head = f"Wednesday, November 13, 2024\nSign in / Join\n{panel}Bramley & Ravenfield Bulletin\nHome\nNews\nCouncil\n"
    head += f"{title}\nBy Cormac Fairweather\n10th September 2014\nShare\n"
    box = "Next article\nRoad closure on Mill Lane this weekend\nCormac Fairweather\n"
    box += "Cormac is the Bulletin's community reporter. Got a story? Get in touch.\nRELATED ARTICLES\n\n"
    thread = "7 comments\nSort by\nOldest\nAdd a comment...\nJanine Ridge\nWell done to the forum.\n"
    thread += "Like · Reply · 4 · 10y\nBramley & Ravenfield Bulletin\nThanks Janine. We'll report on any reply.\n"
    thread += "Like · Reply · 2 · 10y\nMarcus Tindall · Lives in Rotherham\nHas the forum asked the police too?\n"
    thread += "Like · Reply · 10y\nFacebook Comments Plugin\n"
    doc = clean(source(head + ARTICLE + "\n" + box + thread))
    assert (doc.title, doc.date, doc.site, doc.author) == (
        title,
        "2014-09-10",
        "Bramley & Ravenfield Bulletin",
        "Cormac Fairweather",
    )
    reasons = {r.text: r.reason for r in doc.removed}
    assert all(line in reasons for line in panel.splitlines())
    assert reasons["Road closure on Mill Lane this weekend"] == "navigation"
    assert reasons["Cormac Fairweather"] == "author card"
    # (The site's answer nests under the comment it follows, as a writer's does.)
    tree = [(c.author, [r.author for r in c.replies]) for c in doc.comments]
    assert tree == [("Janine Ridge", ["Bramley & Ravenfield Bulletin"]), ("Marcus Tindall", [])]


def test_a_posts_foot_written_by_its_writer_over_the_date_is_its_byline_not_a_comments_head() -> None:
    # Squarespace prints the writer, the date, the category and the tags after the post, then its
    # comments: "Written By NAME" over a date is the post's byline, however like a comment's head.
    foot = "Share\nWritten By Sabine Okonjo\n16 March 2015\nPosted in Governance\n"
    foot += "Tagged: county review, questions\nNewer Post\n\nComments (2)\nNewest First\n\n"
    thread = "Wilfred Marsh\n9 years ago\nVery helpful, thank you.\n0 Likes\nReply\n"
    thread += "Sabine Okonjo\n9 years ago\nPlease do.\n0 Likes\nReply\n"
    doc = clean(
        source(f"Governors' Notebook\nHome\n\nWhat I will ask at our governing body\n{ARTICLE}\n{foot}{thread}")
    )
    assert (doc.author, doc.date, doc.categories, doc.tags) == (
        "Sabine Okonjo",
        "2015-03-16",
        ("Governance",),
        ("county review", "questions"),
    )
    assert [(c.author, [r.author for r in c.replies]) for c in doc.comments] == [("Wilfred Marsh", ["Sabine Okonjo"])]


def test_a_newsletter_archive_its_languages_its_number_over_the_headline_and_the_signers_office() -> None:
    # A mailing's archive page: the translation menu, the subject, the sender's name over the
    # newsletter's, "Issue N · DATE", the headline, a greeting; at the foot the close, the signer
    # and the signer's office.
    bar = "Subscribe\nPast Issues\nTranslate\nEnglish\nEspañol\nFrançais\nDeutsch\nPolski\nRSS\n"
    title = "After the inspection: what we are asking, and how you can help"
    head = "What we're asking after the inspection\nView this email in your browser\nBrampton Parents' Circle\n"
    head += f"Parents' Circle News\nIssue 12 · Tuesday 17th February 2015\n{title}\nDear members,\n"
    foot = "Best wishes,\nLorna Whitcombe\nChair, Brampton Parents' Circle\nForward to Friend\n"
    doc = clean(source(bar + head + ARTICLE + "\n" + foot))
    assert (doc.title, doc.author, doc.date) == (title, None, "2015-02-17")
    body = [b.text for b in doc.body]
    assert (body[0], body[-2:]) == ("Dear members,", ["Lorna Whitcombe", "Chair, Brampton Parents' Circle"])
    assert {"Español", "Français", "Deutsch", "Polski"} <= {r.text for r in doc.removed}


def test_a_papers_consent_button_teaser_over_read_more_and_donation_choices_are_chrome() -> None:
    # A consent banner's "Manage or reject cookies"; a teaser set in the text, its section after a
    # bar, over "Read more"; a donation box's choices between its appeal and its last button.
    teaser = "The Lantern view on the inquiry's report: the hard part starts now | Editorial"
    head = "Your privacy\nWe use cookies and similar technologies to help provide our services.\nYes, I'm happy\n"
    head += "Manage or reject cookies\nThe Lantern\nNews\nOpinion\n\n"
    head += "The inquiry has finished. Now every council should publish its homework\nMon 24 Oct 2022 06.00 BST\n"
    text = ARTICLE.replace("\n", f"\n{teaser}\nRead more\n", 1)
    box = "… we have a small favour to ask. Millions of readers turn to the Lantern. Will you help us?\n"
    box += "Single\nMonthly\nAnnual\nContinue\nRemind me in November\n"
    doc = clean(source(head + text + "\n" + box))
    reasons = {r.text: r.reason for r in doc.removed}
    assert (doc.site, reasons["Manage or reject cookies"], reasons[teaser]) == (
        "The Lantern",
        "cookie notice",
        STORY_LINK,
    )
    assert {reasons[k] for k in ("Single", "Monthly", "Annual", "Continue")} == {"subscription prompt"}
    # A sentence with a bar in it over "Read more" is the text's ("… we were told | by the council.").
    kept = ARTICLE.replace("\n", "\nWe asked twice | and heard nothing back.\nRead more\n", 1)
    assert "We asked twice | and heard nothing back." in [b.text for b in clean(source(head + kept)).body]


def test_a_mastheads_two_papers_give_way_to_the_one_its_dateline_names() -> None:
    # A paper's masthead over its Sunday's; the story's dateline names the one that printed it.
    head = "Skip to main content\nThe Ledger & The Sunday Ledger\nSign in\nHome\nUK\n\nSOCIAL AFFAIRS\n"
    head += "Foster carers ask Rotherham for a seat at the table after report\n"
    head += "Imelda Castellanos, Social Affairs Editor\n"
    doc = clean(source(f"{head}Friday August 29 2014, 12.01am, The Ledger\nShare\n{ARTICLE}"))
    assert (doc.site, doc.date) == ("The Ledger", "2014-08-29")
    undated = clean(source(f"{head}Friday August 29 2014, 12.01am\nShare\n{ARTICLE}"))
    assert undated.site == "The Ledger & The Sunday Ledger"


def test_a_committee_items_supporting_papers_with_their_sizes_are_links_not_the_minutes() -> None:
    # A council's committee item (Modern.gov's): its resolutions, then its papers with their sizes.
    papers = (
        "Supporting documents:",
        "Rochdale review - lessons for Ravensholt, item 41. PDF 287 KB",
        "Appendix B - questions from members, January 2013, item 41. PDF 96 KB",
        "View the declarations of interest for item 41.",
    )
    last = "(2) That a progress report be submitted to the meeting on Monday, 15th July, 2013."
    page = f"Ravensholt Council\n\nRochdale review: lessons for Ravensholt\n{ARTICLE}\n"
    page += "RESOLVED:\n(1) That the report be noted.\n"
    doc = clean(source(page + last + "\n\n" + "\n".join(papers) + "\nContact information\n"))
    assert doc.body[-1].text == last
    assert {r.text for r in doc.removed} >= set(papers)
    # A sentence naming a file's size is writing.
    assert furniture_reason("The council said the file it sent us was 40 MB.", prose=True) is None


def test_mybbs_edit_note_related_threads_table_and_foot_are_chrome_not_comments() -> None:
    # MyBB: "New Reply", the edit note under a post, the table of related threads (whose rows name
    # a poster over a date, as a comment's head does), the users browsing and the footer's links.
    def post(name: str, stamp: str, text: str) -> str:
        return f"{name}\nMember\nPosts: 214\nJoined: Sep 2011\n{stamp}\n{text}\nFind\nReply\nQuote\n\n"

    edit = "(This post was last modified: 03-15-2015, 11:02 AM by RichardCW.)"
    head = "Thame Forum\nSearch\nMember List\nNew Reply\nCounty case review – anything in it for committees?\n\n"
    thread = post("HattieW", "03-14-2015, 08:14 PM\n#1", ARTICLE) + post(
        "RichardCW", "03-15-2015, 09:02 PM\n#2", f"Yes.\n{edit}"
    )
    table = "Possibly Related Threads…\nThread\nAuthor\nReplies\nViews\nLast Post\n"
    table += "Village hall AGM – volunteers wanted\nHallBookings\n4\n612\n02-27-2015, 09:40 PM\nLast Post: HattieW\n"
    foot = "Users browsing this thread: 1 Guest(s)\nForum Jump:\nReturn to Top\nLite (Archive) Mode\n"
    foot += "Mark all forums read\nRSS Syndication\nCurrent time: 11-13-2024, 11:02 AM\n"
    doc = clean(source(head + thread + table + foot))
    assert [(c.author, c.paragraphs) for c in doc.comments] == [("RichardCW", ("Yes.",))]
    removed = {r.text for r in doc.removed}
    assert {"New Reply", edit, "HallBookings", "Last Post: HattieW"} <= removed
    assert set(foot.splitlines()) <= removed


def test_invisions_menu_over_the_masthead_over_its_own_menu_names_no_site() -> None:
    # Invision's menu ("Browse" / "Forums" / …) over the community's name, which stands over its own
    # breadcrumb ("Home" / …); a search box's label over the menu names no site either.
    top = "Jump to content\nExisting user? Sign In\nSign Up\nBrowse\nForums\nGuidelines\nStaff\nOnline Users\n"
    top += "Activity\nAll Activity\nSearch\nMore\nBrinsworth & Catcliffe Community Forum\nHome\nCommunity Forums\n"
    topic = "After the Casey inspection – questions for our ward councillors\n"
    topic += "By Catcliffe_Carol, February 13, 2015 in Local News & Issues\nShare\n"
    doc = clean(source(top + "Local News & Issues\nAll Activity\n" + topic + ARTICLE))
    assert doc.site == "Brinsworth & Catcliffe Community Forum"
    assert {"Browse", "Online Users", "All Activity"} <= {r.text for r in doc.removed}
    searched = "Skip to main content\nGOV.UK\nMenu\nSearch GOV.UK\nHome\nGovernment\nPress release\n"
    searched += "Rotherham inspection report published: commissioners to be sent in\nPublished\n4 February 2015\n"
    assert clean(source(searched + ARTICLE)).site == "GOV.UK"


def test_a_static_themes_line_under_the_title_gives_date_reading_time_and_writer() -> None:
    # Hugo's PaperMod: "DATE · N min · NAME" under the title, over its table of contents.
    meta = "October 18, 2012 · 5 min · Ambrose Kettlewell-Osei"
    assert read_byline(meta) == Byline("Ambrose Kettlewell-Osei", "2012-10-18")
    page = f"Notes from the Back Row\nPosts\nArchive\nHome » Posts\nThe Rochdale review, and our council\n{meta}\n"
    doc = clean(source(page + ARTICLE))
    assert (doc.author, doc.date) == ("Ambrose Kettlewell-Osei", "2012-10-18")
    assert read_byline("Tuesday · 5 min · Ambrose Kettlewell-Osei") is None  # (no date, no byline)


def test_what_the_fifty_fifth_rounds_rules_must_leave_alone() -> None:
    # A second reader's misfires of the round's rules, each a page the rule must not touch.
    story = "\nBy Hannah Greaves\nFriday 12 September 2014\n" + ARTICLE
    # A paper named "A & B" over a byline with its place: no paper's dateline.
    two = "Rotherham & Barnsley Advertiser\nHome\nNews\nSport\nCouncil approves new cycle route after two-year wait"
    doc = clean(source(two + "\nBy Hannah Greaves, Rotherham\nFriday 12 September 2014\n" + ARTICLE))
    assert doc.site == "Rotherham & Barnsley Advertiser"
    # Sentences of an article: who runs a food bank; where a parish record came from.
    for line in (
        "The food bank is run by Maltby Churches Together, a registered charity.",
        "This record is transcribed from the bishop's transcripts held at the Borthwick Institute.",
    ):
        assert furniture_reason(line, prose=True) is None
    # Languages listed in an article, under a sentence, not a translation menu.
    listed = ARTICLE + "\nPrinted copies are available at every library in:\nPolski\nRomână\nČeština\nUrdu\n"
    listed += "Cllr Emma Hoddle said the council would add more languages if residents asked for them.\n"
    assert "Polski" in [b.text for b in clean(source("Leaflets in six languages\n" + listed)).body]
    # A commenter called "Passer By".
    thread = "\n3 comments\nPasser By\n12 September 2014 at 14:02\nAnother rise.\nReply\n"
    thread += "Moorgate Resident\n12 September 2014 at 15:10\nAnd another.\nReply\n"
    doc = clean(source("Council tax to rise again\n" + story + thread))
    assert (doc.comments[0].author, doc.comments[0].date) == ("Passer By", "2014-09-12")
    # A museum's menu, "Visit" / "Explore" / "Create" / "Learn", is its own.
    museum = "Clifton Park Museum\nVisit\nExplore\nCreate\nLearn\nSupport us\nNews\n"
    assert (
        clean(source(museum + "Museum reopens its Roman gallery after a refit" + story)).site == "Clifton Park Museum"
    )
    # A paper's top menu ending with the local club, over a breadcrumb's "Home".
    club = "Rotherham Advertiser\nHome\nNews\nSport\nWhat's On\nRotherham United\nHome\n"
    assert clean(source(club + "Millers to open training to fans this summer" + story)).site == "Rotherham Advertiser"
    # A blog's one-word name over its tagline, then its menu.
    blog = "Natterjack\nLocal politics in the Dearne\nHome\nAbout\nArchive\n"
    blog += "What the cabinet said about the improvement board\nPosted on 12 September 2014 by Dave Hurst\n"
    assert clean(source(blog + ARTICLE)).site == "Natterjack"
    # A blog's date over the title, an event's date under the byline: the post's date is the first.
    event = "Friday, 12 September 2014\nWath library open day\nBy Dave Hurst\nSaturday 20 September 2014\n"
    assert clean(source(event + ARTICLE)).date == "2014-09-12"
    # A repost's note names a paper, no board.
    assert read_byline("By Dave Hurst, first published 12 September 2014 in The Yorkshire Post").categories == ()
    assert read_byline("By Cllr Ann Birch, 4 June 2015 in The Star").categories == ()


def test_a_forum_that_dates_older_posts_by_month_and_year_only() -> None:
    # Vanilla: "Howdy, Stranger!" over its guest buttons; a post's head is the handle, perhaps its
    # count of posts, then "October 2012" (older posts lose their day), "edited …" and the board.
    top = "Howdy, Stranger!\nIt looks like you're new here. If you want to get involved, click one of these buttons!\n"
    top += "Sign In\nRegister\nNorden Community Forum\nDiscussions\nActivity\nHome\nLocal Politics\n"
    post = "Rochdale review – what should our clubs be asking?\nBamford_Brenda\nOctober 2012\nedited October 2012\n"
    post += "in Local Politics\n" + ARTICLE + "\nFlag\nQuote\n"
    reply = "Hutchy_Norden\nPosts: 412\nOctober 2012\nBamford_Brenda said:\nNot an inspection.\n"
    reply += "Not overstepping at all. Question 2 is the one most small groups would struggle with.\nFlag\nQuote\n"
    doc = clean(source(top + post + reply + "Sign In or Register to comment.\nPowered by Vanilla\n"))
    assert (doc.title, doc.author, doc.date) == (
        "Rochdale review – what should our clubs be asking?",
        "Bamford_Brenda",
        None,
    )
    assert (doc.site, doc.categories) == ("Norden Community Forum", ("Local Politics",))
    assert [(c.author, c.date) for c in doc.comments] == [("Hutchy_Norden", None)]
    assert {"Howdy, Stranger!", "edited October 2012"} <= {r.text for r in doc.removed}
    # A month over a calendar, or a scrubber's date over "1 of 9", heads no post.
    calendar = "tealeaf_and_toast\nLatest Month\nJanuary 2003\nS M T W T F S\n"
    assert clean(source("Council tax to rise again\n" + ARTICLE + "\n" + calendar)).comments == ()


def test_a_petition_page_its_starter_its_date_and_its_chrome_round_the_signers_reasons() -> None:
    # The petition's title under the site's "Log in", over its count of signatures (no sign-up box's
    # blurb); "Started by NAME" over the text, "Petition created on DATE" under it; under the share
    # row its addressees and updates, then the signers' reasons under their own header.
    top = "PetitionPlace\nStart a petition\nBrowse\nLog in\n"
    top += "Rotherham council: publish your action plan after the Jay report\n1,842 have signed. Let’s get to 2,500!\n"
    top += (
        "At 2,500 signatures, this petition is more likely to be featured in recommendations!\nFirst name\nLast name\n"
    )
    top += "Display my name and comment on this petition\nSign this petition\n"
    top += "By signing, you accept our Terms of Service and Privacy Policy, and agree to receive occasional emails.\n"
    top += "Why this petition matters\nStarted by Nkechi Ormerod-Blaise\n"
    tail = "\nPetition created on 11 September 2014\nShare this petition\nFacebook\nWhatsApp\nCopy link\n"
    tail += (
        "Report a policy violation\nDecision Makers\nRotherham council\nUpdates\nPaper copies now at two libraries\n"
    )
    tail += "16 September 2014\nReasons for signing\nSee why other supporters are signing\n"
    tail += "Joanne Appiah-Ridley · Rawmarsh · 10 years ago\nBecause I want to be able to read what they are doing.\n"
    tail += "38\nReport\nGraham Tudor-Okonkwo · Maltby · 10 years ago\nA named person for each action is the point.\n"
    tail += "27\nReport\nLucy Marchbank-Oti · Kimberworth · 10 years ago\nSigned. I hope other towns do the same.\n"
    tail += "14\nReport\n"
    tail += "Show more\nPetitionPlace\nAbout\nImpact\nCareers\nTeam\nHelp\nGuides\nPrivacy\nPolicies\n"
    tail += "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.\n"
    doc = clean(source(top + ARTICLE + tail))
    assert (doc.title, doc.author) == (
        "Rotherham council: publish your action plan after the Jay report",
        "Nkechi Ormerod-Blaise",
    )
    assert (doc.date, doc.site) == ("2014-09-11", "PetitionPlace")
    assert [b.text for b in doc.body] == ARTICLE.split("\n")
    assert [c.paragraphs[-1] for c in doc.comments][-1] == "Signed. I hope other towns do the same."
    removed = {r.text for r in doc.removed}
    assert {"Why this petition matters", "Decision Makers", "Paper copies now at two libraries", "Impact"} <= removed
    assert read_byline("Started by Sally Hope-Wainwright") == Byline("Sally Hope-Wainwright")


def test_a_letter_with_a_long_greeting_signed_by_name_and_office() -> None:
    # A club's letter on a site builder's blog (Weebly): the headline over its numeric date and
    # count of comments, a greeting with commas in it, and the signer's name over the office (the
    # signer answering in the thread below).
    page = "Wallingford Youth Netball Club\nHome\nAbout us\nBlog\nContact\n"
    page += "County review: what the committee is doing\n3/16/2015\n6 Comments\nDear parents, players and volunteers,\n"
    page += ARTICLE + "\nHenrietta Bamigbola-Ross\nClub Chair\nTweet\nShare\n6 Comments\n"
    page += "Rosamund Achebe-Whitfield\n3/16/2015 09:42:10 pm\nThank you for writing this.\nreply\n"
    page += "Henrietta Bamigbola-Ross\n3/17/2015 08:02:51 am\nThank you, Rosamund.\nreply\nLeave a Reply.\n"
    doc = clean(source(page))
    assert doc.title == "County review: what the committee is doing"
    assert doc.body[0].text == "Dear parents, players and volunteers,"
    assert [b.text for b in doc.body][-2:] == ["Henrietta Bamigbola-Ross", "Club Chair"]
    assert doc.tags == ()


def test_a_panels_count_label_over_no_figure_is_a_menus_item() -> None:
    # A neighbourhood site's menu ends "Local Guides" / "Messages" / "Post" over the post's head:
    # "Messages" labels a forum poster's count only over a figure, so no panel joins the menu's
    # last item to the poster's head.
    menu = "Hedgerow\nHome\nFor Sale & Free\nNotifications\nGroups\nEvents\nLocal Guides\nMessages\nPost\n"
    head = "Adaeze Holroyd-Ncube\nKimberworth Park · 2 yr ago\n"
    head += "Inquiry report: anyone want to help write questions for the community forum?\n"
    doc = clean(source(menu + head + ARTICLE + "\nLike\nComment\nShare\n"))
    assert (doc.author, doc.title) == (
        "Adaeze Holroyd-Ncube",
        "Inquiry report: anyone want to help write questions for the community forum?",
    )
    assert furniture_reason("Post") is None
    panel = "Posts: 214\nMessages\n1,204\n"
    assert [r.reason for r in clean(source(ARTICLE + "\n" + panel)).removed][-2:] == ["poster profile"] * 2


def test_a_threads_title_printed_again_over_its_opening_posts_text() -> None:
    # vBulletin 4 prints "Thread: TITLE" over the posts and the title again over the first post's
    # text, under the poster's panel: a repeat, no line of the text.
    title = "Casey inspection: questions for our residents' meeting"
    page = f"Maltby Town Forum\nForum\nLocal Matters\n{title}\nResults 1 to 2 of 2\nThread: {title}\nThread Tools\n\n"
    page += _vbulletin_post("14-02-2015, 20:14", 1, "Maltby_Marion", f"{title}\nEvening all,\n{ARTICLE}")
    page += _vbulletin_post("14-02-2015, 21:02", 2, "Hellaby_Harry", "Good list.")
    doc = clean(source(page))
    assert (doc.title, doc.author) == (title, "Maltby_Marion")
    assert doc.body[0].text == "Evening all,"
    assert [r.text for r in doc.removed].count(title) == 2


def test_a_themes_post_tags_label_is_no_tag() -> None:
    # Kadence heads the post's tags "Post Tags:", under the share row.
    foot = "\nShare this:\nFacebook\nLinkedIn\nEmail\nPost Tags:\nnational inquiry\ntrustees\nsmall charities\n"
    foot += "Post navigation\nPrevious Post\n"
    doc = clean(source("The inquiry's final report: a note for trustees\nBy Carys Lindqvist-Obi\n" + ARTICLE + foot))
    assert doc.tags == ("national inquiry", "trustees", "small charities")


def test_a_block_themes_tags_on_one_line_over_the_post_navigation() -> None:
    # Twenty Twenty-Four prints the tags without a label, one line under the text, over
    # "Previous: …" / "Next: …"; a paragraph's list of places there is a sentence, and stays.
    nav = "\nPrevious: Our summer programme is out\nNext: Notes from the trustees' meeting\n"
    head = "Five questions our trustees will ask\n17 March 2015\nWritten by\nFfion Castellano-Achebe\n"
    doc = clean(source(head + ARTICLE + "\ncounty review, questions, youth work" + nav))
    assert doc.tags == ("county review", "questions", "youth work")
    assert doc.body[-1].text == ARTICLE.split("\n")[-1]
    closing = "Thanks to readers in Rotherham, Rochdale and Oxford for every question sent in."
    kept = clean(source(head + ARTICLE + "\n" + closing + nav))
    assert (kept.tags, kept.body[-1].text) == ((), closing)


def test_blogger_ends_its_thread_with_add_comment_over_its_popular_posts() -> None:
    # Blogger's newer themes close the thread with "Add comment" (and "Load more..."), then print
    # "Popular posts from this blog", the writer's box, the archive and the labels: no comment's text.
    thread = "\n2 comments:\nBrenda Hallworth-Nnamdi\n24 September 2014 at 13:05\nThank you, I will be there.\nReply\n"
    thread += "Terence Abara\n27 September 2014 at 08:11\nPlain English is the key.\nReply\nAdd comment\nLoad more...\n"
    side = "Popular posts from this blog\nMr and Mrs Blackbird have moved back in\n14/09/2014\n"
    side += "About me\nWendell Okonkwo-Prior\nRetired youth worker, allotment holder, occasional grumbler.\n"
    side += "Visit profile\nArchive\nSeptember 2014\nLabels\nallotment\nPowered by Blogger\n"
    doc = clean(source("A month of meetings\nSeptember 23, 2014\n" + ARTICLE + thread + side))
    assert [c.paragraphs for c in doc.comments] == [("Thank you, I will be there.",), ("Plain English is the key.",)]
    removed = {r.text for r in doc.removed}
    assert {"Popular posts from this blog", "Visit profile", "allotment"} <= removed


def test_a_broadcasters_consent_banner_heading_and_answers() -> None:
    # "Let us know you agree to cookies" heads the banner; "Yes, I agree" / "No, take me to
    # settings" answer it: none of them is the site's name, which follows.
    banner = "Let us know you agree to cookies\nWe use cookies to give you the best online experience.\n"
    banner += "Yes, I agree\nNo, take me to settings\n"
    page = banner + "NBS News\nHome\nNews\nSport\nResidents' group sets out questions for council\n6 February 2015\n"
    doc = clean(source(page + ARTICLE))
    assert doc.site == "NBS News"
    assert {r.reason for r in doc.removed if r.line <= 4} == {"cookie notice"}


def test_a_regional_live_pages_key_events_box_lists_headings_alone() -> None:
    # Reach's box lists its key entries' headings without their times, each printed again over its
    # entry below, which a "KEY EVENT" label marks; a newsletter box sits between.
    head = "Greaveley Evening Post\nNews\nPolitics\nLIVE\nCouncil meeting LIVE: councillors debate the review\n"
    head += "By Imogen Ashdown-Kaur\n17:45, 14 JAN 2013\n"
    box = "Key Events\nMotion passed with one amendment\nFirst public question: who owns the action plan?\n"
    box += "Get the latest Greaveley news sent to your inbox\nEnter your email\nSubscribe\n"
    entries = "21:31\nKEY EVENT\nMotion passed with one amendment\nThe motion has been passed tonight.\n"
    entries += (
        "20:40\nKEY EVENT\nFirst public question: who owns the action plan?\nA resident asked who owns the plan.\n"
    )
    doc = clean(source(head + box + entries))
    assert doc.body[0].text == "21:31"
    assert [b.text for b in doc.body].count("Motion passed with one amendment") == 1
    assert {r.text for r in doc.removed} >= {"KEY EVENT", "Get the latest Greaveley news sent to your inbox"}


def test_what_the_fifty_seventh_rounds_rules_must_leave_alone() -> None:
    # From the second read of session 57: each rule of set 57's round, on pages it was not written for.
    head = "Council to review youth club funding\nBy Sarah Whitaker\n12 March 2023\n" + ARTICLE + "\nComments\n"

    def said(name: str, when: str, text: str, after: str = "") -> str:
        return f"{name}\n{when}\n{text}\nReply\n{after}"

    # "View 2 replies" opens none of the comments written before the one above it (a list newest
    # first, its replies folded away), nor, once a comment it would open opens replies of its own,
    # any on the page; and a reply naming whom it answers ("replying to NAME") goes under that one.
    newest = said("Dave Renshaw", "12 March 2023", "Good news at last for the club.", "View 2 replies\n")
    newest += said("Maureen Platt", "11 March 2023", "Nobody could say what the clubs cost to run.")
    newest += said("Tony Beckett", "10 March 2023", "They said the same thing in 2019.")
    assert [c.replies for c in clean(source(head + newest)).comments] == [(), (), ()]
    folded = said("Helen Grange", "2y", "The library is the only warm place some have.", "Show 2 replies\n")
    folded += said("Rob Sutcliffe", "2y", "Has anyone asked what the repairs cost?", "Show 1 reply\n")
    folded += said("Carol Dyson", "2y", "I've signed the petition, where do letters go?")
    folded += said("Peter Lund", "2y", "We lost ours in 2015 and the van stopped coming.")
    assert [c.replies for c in clean(source(head + folded)).comments] == [(), (), (), ()]
    named = said("GrahamW", "2 hours ago", "The 47 is the only way my mother gets to hospital.", "View 2 replies\n")
    named += said("Kirsty_B replying to GrahamW", "1 hour ago", "Same with my neighbour.")
    named += said("Pete Ramsden replying to Kirsty_B", "1 hour ago", "The trust ran a shuttle in 2019, Kirsty.")
    assert _tree(clean(source(head + named)).comments)[0] == ("GrahamW", [("Kirsty_B", [("Pete Ramsden", [])])])
    # A place in a list, a son named between commas before "and", "Of course PLACE, like …" are no vocatives.
    from site_src.clean.replies import addressed

    assert addressed("I've lived in Wath, Parkgate, and Kilnhurst and none had a youth worker.") == []
    assert addressed("My eldest, Dave, and his mates used to go to the club every Friday.") == []
    assert addressed("Of course Rotherham, like every other council, will say it is all in hand.") == []
    # A budget table's arrows, one a line, are its figures' changes; a pager starting "[-] " is no
    # comment's head; a forum post "Me and the kids like this" is the post; a conference's
    # "Moderators: Jane Hollis, Mark Stead" is the programme's.
    table = "Service\n2016/17\nChange\nChildren's services\n£48.2m\n▲\nHighways\n£12.4m\n▼\n"
    doc = clean(source(f"Where the money goes\nBy Helen Marsh\n20 February 2016\n{ARTICLE}\n{table}{ARTICLE}"))
    assert {"▲", "▼"} <= {b.text for b in doc.body}
    pager = "Dearne Valley Forum\nYouth club reopening - who's going?\n[-] Page 1 | 2 | 3 | Next\n"
    doc = clean(
        source(pager + "WathWanda\nTue Mar 03, 2015 7:12 pm\nThe youth club reopens on Friday, with a pool table.\n")
    )
    assert doc.title == "Youth club reopening - who's going?"
    for line in (
        "Me and the kids like this",
        "The kids and their mates like this",
        "Moderators: Jane Hollis, Mark Stead",
    ):
        assert furniture_reason(line) is None
    # Tumblr: a bar whose handle is the only name keeps it as the site; "one replied:" in a story is
    # the story's; hashtags of a tweet quoted in the text are no tags; a one-paragraph post over
    # its navigation is no blog's description.
    tumblr = "quietnorth\nFollow\nJoin Tumblr\non the jay report\n" + ARTICLE
    assert clean(source(tumblr + "\n#rotherham\n#jay report\n8/27/2014\n312 notes\n")).site == "quietnorth"
    story = f'{tumblr}\none replied:\n"listen to us for once."\nanother replied:\n"tell us what happened."\n'
    assert clean(source(story + "#rotherham\n#jay report\n312 notes\n")).comments == ()
    tweet = (
        "So proud of our young people tonight.\n#youthwork\n#Rotherham\n— Rotherham Youth Service, 2 September 2015\n"
    )
    doc = clean(source(f"Youth drop-in marks a year\nBy Helen Marsh\n3 September 2015\n{ARTICLE}\n{tweet}{ARTICLE}"))
    assert doc.tags == ()
    closed = (
        "Youth club closed next Tuesday\nThe club is closed next Tuesday for staff training, and back on Thursday.\n"
    )
    doc = clean(source(closed + "Previous post\nShare this:\nNext post\n"))
    assert [b.text for b in doc.body] == [closed.split("\n")[1]]
    # A photo of the article's subject, under its first paragraph, names no writer.
    subject = f"MP calls for second inquiry\n3 March 2015\n{ARTICLE.splitlines()[0]}\nProfile photo of Sarah Champion\n"
    assert clean(source(subject + "Sarah Champion\n" + "\n".join(ARTICLE.splitlines()[1:]))).author is None
    # The writer's name between the date and the count of comments is the byline, no category.
    named_line = f"Wath Community Blog\nYouth club reopens on Friday\nMarch 4, 2015\nAnn Birch\n3 Comments\n{ARTICLE}"
    doc = clean(source(named_line))
    assert (doc.author, doc.categories) == ("Ann Birch", ())
    # An entry footer dating the post another day than its head, under a share row, is the page's.
    footer = f"Cllr Ann Birch\nHome\nWhat the inspection means\n6 March 2015\n{ARTICLE}\nShare this:\nTwitter\n"
    doc = clean(source(footer + "Posted on 3 March 2015 by Ann Birch\nLeave a Reply\n"))
    assert doc.author == "Ann Birch"


def test_what_the_fifty_sixth_rounds_rules_must_leave_alone() -> None:
    # A second reader's misfires of the round's rules, each a page the rule must not touch.
    head = "Who has led the council\nBy Helen Marsh\n12 June 2016\n"
    # A timeline's entry: a name over a month and year over a paragraph is no forum post's head.
    entry = "Sharon Kemp\nMarch 2015\nShe joined as chief executive after the commissioners arrived, and stayed on.\n"
    doc = clean(source(head + ARTICLE + "\n" + entry))
    assert (doc.comments, doc.body[-1].text) == ((), entry.splitlines()[-1])
    # An article's sub-headings: "Reasons for signing" over paragraphs, "Decision makers" over a list.
    for heading, under in (
        ("Reasons for signing", "The club gave my son somewhere safe to go when he had nowhere else.\n"),
        ("Decision makers", "Cabinet Member for Children's Services\nImproving Lives Select Commission\n"),
    ):
        page = head + ARTICLE + f"\n{heading}\n{under}Residents can still write to their councillor before July.\n"
        doc = clean(source(page))
        assert (doc.comments, heading in [b.text for b in doc.body]) == ((), True), heading
    # A short petition between "Why this petition matters" and "Sign this petition" is its text.
    petition = (
        "Change.org\nLog in\nKeep the youth club open\nStarted by Helen Ormerod-Blaise\nWhy this petition matters\n"
    )
    petition += "The council plans to close the only youth club in Wath at the end of the month.\nSign this petition\n"
    assert clean(source(petition)).body[0].text.startswith("The council plans")
    # A forum's widget of threads, each "Started by NAME", over an article gives it no byline.
    widget = "Wath News\nHome\nLatest from the forum\nLibrary hours cut\nStarted by Dave Pearson\n"
    widget += (
        "Swimming baths to close?\nStarted by Janet Hill\nYouth club saved after late funding deal\n12 June 2016\n"
    )
    doc = clean(source(widget + ARTICLE))
    assert (doc.title, doc.author) == ("Youth club saved after late funding deal", None)
    # A sign-off in capitals over a post's navigation is no list of tags.
    nav = "\nPrevious: Presentation night photos\nNext: New kit sponsor announced\n"
    for line in ("Helen Marsh, Club Secretary", "Tuesdays, 6pm to 7.30pm, Sandygate Park"):
        assert clean(source(head + ARTICLE + f"\n{line}" + nav)).tags == ()
    # "Add comment" in a share row over more of the text does not end it.
    shared = head + ARTICLE.split("\n")[0] + "\nShare\nAdd comment\n" + "\n".join(ARTICLE.split("\n")[1:])
    assert [b.text for b in clean(source(shared)).body] == ARTICLE.split("\n")
    # Two tags, the second with an office's word, under a post by someone else.
    tagged = clean(source(head + ARTICLE + "\nYouth Work\nProject Manager\n"))
    assert tagged.tags == ("Youth Work", "Project Manager")
    # A forum post whose only line asks what its title asks keeps it.
    ask = "Does anyone know why the youth club is closing?"
    thread = f"Rotherham Forum\nHome\nDiscussions\n{ask}\nWickersley_Wanderer\n12 June 2016\n{ask}\n"
    thread += "Millmoor_Mike\n12 June 2016\nI heard the council cut the grant this spring.\n"
    thread += "Jan_Pearson\n13 June 2016\nThere is a meeting at the parish hall on Thursday.\n"
    assert [b.text for b in clean(source(thread)).body] == [ask]
