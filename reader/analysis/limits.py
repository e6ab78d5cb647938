"""How far the attribution analysis looks, and how long one pattern may run.

The templates read a small window of text next to each cue and the
resolvers look back only so far, so an article costs time in proportion to
its length; these are those bounds, by stage. Windows are in characters,
look-backs in figures, timeouts in seconds. Nothing from the project is
imported here, so every stage can use this module.
"""

# -- Regex timeouts -----------------------------------------------------------------

#: One pattern over a word, a line or a window next to a cue.
SHORT_TIMEOUT = 0.5
#: One pattern over the window after a person's mention (pronouns, quote marks).
MENTION_TIMEOUT = 1.0

# -- How much of a sentence is read ---------------------------------------------------

#: Reporting verbs tried in one sentence. Real news has at most 8 (measured
#: on 933 articles); a "sentence" with more is a list or a crafted text, and
#: each verb would cost a scan of the sentence's whole window.
MAX_CUES_PER_SENTENCE = 16

# -- Around a reporting verb --------------------------------------------------------

#: Before a verb: the words that frame it ("was told", ", who said", "to say").
FRAME_CHARS = 30
#: Before a verb: the subject phrase, read leftwards from the verb.
SUBJECT_CHARS = 240
#: After a verb: objects, channels and times, up to where its clause starts.
CLAUSE_START_CHARS = 240
#: After a cue: the speaker phrase of an inverted cue ("said Jane Doe, a ...").
SPEAKER_AFTER_CHARS = 200
#: After a clause's start: the words tested for a verb of their own.
CLAUSE_TEST_CHARS = 80
#: After a passive verb: the "that" or "to" opening its clause ("was told to ...").
PASSIVE_OPENER_CHARS = 40
#: After "called": the "on" that makes it a request ("called on the council to").
CALLED_ON_CHARS = 30
#: Before "as saying": the "quoted" or "cited" that frames the cue.
QUOTED_AS_CHARS = 200
#: Before a later verb in a clause: the "and" or "but" that joins it to the first.
COORDINATOR_CHARS = 12
#: Before a later verb in a clause: the ", while" that opens another source's clause.
WHILE_CHARS = 60
#: Before a later verb in a clause: the ", with" of an absolute ("with X saying").
WITH_CHARS = 40
#: How far before an -ing cue an absolute "with" may open its subject
#: ("with most of the islanders polled in May saying ...").
WITH_SUBJECT_CHARS = 70
#: Before the end of a verb window: rescanned for a verb the window cuts short.
VERB_EDGE_CHARS = 64
#: Before that rescan: searched for "according", whose "to" may lie further on.
ACCORDING_CHARS = 16

# -- Around a quote -----------------------------------------------------------------

#: After a closing mark: the cue of `"...," she said`.
AFTER_QUOTE_CHARS = 140
#: After the words following a closing mark: where its verb may be.
AFTER_QUOTE_VERB_CHARS = 90
#: As far, when no sentence ends on the way: a name with a long appositive before its verb.
AFTER_QUOTE_LONG_VERB_CHARS = 130
#: After a cue that follows a quote: the words telling a new clause from an object.
CUE_TAIL_CHARS = 40
#: Before an opening mark: the cue of `Jane Doe said: "..."`.
BEFORE_QUOTE_CHARS = 260
#: Between a cue and the quote it introduces without a colon.
CUE_GAP_CHARS = 70
#: From the cue after a quote to the next quote, which then goes on with it:
#: '"...," said Jane Doe, the harbour official. "..."'.
CONTINUED_GAP_CHARS = 160
#: Before an infinitive or -ing cue of a quote: the verb it hangs on ("went on to say").
NONFINITE_CUE_CHARS = 100
#: Before a cue that precedes a quote: the auxiliary of a passive ("would be announced").
BEFORE_CUE_CHARS = 20
#: Before an opening mark: a word introducing a title ("titled", "the book").
TITLE_INTRO_CHARS = 30
#: Before an opening mark: a word introducing a name ("named", "called").
NAMING_CHARS = 16
#: After a dash-signed quote's name: the longest appositive that may follow it.
SIGNATURE_TAIL_CHARS = 160

# -- Headlines and interviews -------------------------------------------------------

#: From a headline's start: where the colon after its source label may be.
LABEL_COLON_CHARS = 40
#: The longest headline line read as `Label: claim`.
HEADLINE_CHARS = 200
#: After a headline: where its one-word speaker is named in full ("Vikander" as "Tove Vikander").
LEDE_CHARS = 3000
#: From a paragraph's start: where an interview turn's label must end.
TURN_LABEL_CHARS = 60
#: The longest turn label that is not "Q" or "A" (a name of up to four words).
TURN_LABEL_MAX = 40

# -- Names and mentions -------------------------------------------------------------

#: Before a capitalised run: the word that makes it a thing or body ("the", "newspaper").
RUN_LEAD_CHARS = 16
#: After a person's mention: where a he/she/his/her may give their gender.
GENDER_CHARS = 300
#: Past that window: room for the pronoun that starts inside it, and the character after.
PRONOUN_TAIL_CHARS = 6

# -- Resolving references -----------------------------------------------------------

#: No paragraph yet: the paragraph of the claim before the first one, far from any.
NO_PARAGRAPH = -10
#: Paragraphs after the claim before within which a reference may point to its speaker.
NEAR_PARAGRAPHS = 2
#: Person mentions looked back over for a "he" or "she" of compatible gender.
PRONOUN_PERSONS = 12
#: How far back a "they" looks for the plural noun it stands for.
PLURAL_CHARS = 400
#: Characters back to the nearest body mention a "they" or "it" may stand for.
PRONOUN_BODY_CHARS = 600
#: Figures last spoken of, looked back over for a body a "they" or "it" may stand for.
PRONOUN_RECENT = 20
#: Characters back to an unnamed body ("the ministry") a pronoun may stand for.
UNNAMED_BODY_CHARS = 400
#: Figures last spoken of, looked back over for a description's referent.
RECENT_FIGURES = 40
#: Figures last spoken of, looked back over for the body a spokesperson speaks for.
SPOKES_RECENT = 200
#: Person mentions looked back over for one given a role ("the Home Secretary").
ROLE_PERSONS = 80
#: Person mentions looked back over for the referent of an epithet ("the actress").
EPITHET_PERSONS = 6
#: Characters back to the person an epithet may refer to.
EPITHET_CHARS = 1500
#: Body mentions looked back over for one whose name holds a generic word ("the Church").
BODY_NAME_BODIES = 60
#: Characters back to the body a generic word ("the company") may stand for.
NEAREST_BODY_CHARS = 5000
#: How far back a bare "the authority" looks for the fuller description that
#: introduced the body ("the national competition authority").
DESCRIBED_BEFORE_CHARS = 3000
#: After an unnamed group: where words saying it is not named ("on condition of anonymity") may be.
OFF_RECORD_CHARS = 160

#: How far either side of a cue the insight pass reads for a channel or an
#: outlet ("said in a statement", "a source who spoke to Verstka").
INSIGHT_CHARS = 240
