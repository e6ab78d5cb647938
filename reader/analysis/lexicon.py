"""Word lists that drive attribution: edit here to teach the engine new words.

Everything is lower case unless noted; lookups lower-case the word first.
Lists are plain sets so a reader can see at a glance what counts as what.
"""

from __future__ import annotations


def words(block: str) -> frozenset[str]:
    """A word list written as a block of text, one or more words a line."""
    return frozenset(block.split())


def _verb_forms(spec: str) -> dict[str, str]:
    """Map every listed form to its lemma; spec lines are `lemma forms...`."""
    forms: dict[str, str] = {}
    for line in spec.strip().splitlines():
        words = line.split()
        for w in words:
            forms[w] = words[0]
    return forms


#: Reporting verbs in all tenses. Each line: lemma, then its other forms.
REPORTING_VERBS: dict[str, str] = _verb_forms(
    """
    say says said saying
    detail details detailed detailing
    hear hears heard
    defend defends defended defending
    reject rejects rejected rejecting
    dismiss dismisses dismissed dismissing
    tell tells told telling
    add adds added adding
    explain explains explained explaining
    note notes noted noting
    state states stated stating
    claim claims claimed claiming
    argue argues argued arguing
    insist insists insisted insisting
    warn warns warned warning
    confirm confirms confirmed confirming
    deny denies denied denying
    admit admits admitted admitting
    concede concedes conceded conceding
    accept accepts accepted accepting
    dispute disputes disputed disputing
    stress stresses stressed stressing
    write writes wrote written writing
    tweet tweets tweeted tweeting
    post posts posted posting
    reply replies replied replying
    respond responds responded responding
    answer answers answered answering
    announce announces announced announcing
    acknowledge acknowledges acknowledged acknowledging
    assert asserts asserted asserting
    allege alleges alleged alleging
    maintain maintains maintained maintaining
    contend contends contended contending
    suggest suggests suggested suggesting
    report reports reported reporting
    observe observes observed observing
    comment comments commented commenting
    remark remarks remarked remarking
    continue continues continued continuing
    recall recalls recalled recalling
    reveal reveals revealed revealing
    predict predicts predicted predicting
    estimate estimates estimated estimating
    believe believes believed believing
    think thinks thought thinking
    agree agrees agreed agreeing
    emphasise emphasises emphasised emphasising
    emphasize emphasizes emphasized emphasizing
    underline underlines underlined underlining
    indicate indicates indicated indicating
    declare declares declared declaring
    promise promises promised promising
    pledge pledges pledged pledging
    vow vows vowed vowing
    boast boasts boasted boasting
    repeat repeats repeated repeating
    reiterate reiterates reiterated reiterating
    fume fumes fumed fuming
    complain complains complained complaining
    charge charges charged charging
    accuse accuses accused accusing
    testify testifies testified testifying
    rule rules ruled ruling
    recount recounts recounted recounting
    describe describes described describing
    call calls called calling
    ask asks asked asking
    urge urges urged urging
    demand demands demanded demanding
    recommend recommends recommended recommending
    order orders ordered ordering
    encourage encourages encouraged encouraging
    show shows showed shown showing
    find finds found finding
    conclude concludes concluded concluding
    read reads
    reason reasons reasoned reasoning
    joke jokes joked joking
    quip quips quipped quipping
    exclaim exclaims exclaimed exclaiming
    shout shouts shouted shouting
    whisper whispers whispered whispering
    mention mentions mentioned mentioning
    point points pointed pointing
    hint hints hinted hinting
    speculate speculates speculated speculating
    caution cautions cautioned cautioning
    assure assures assured assuring
    inform informs informed informing
    advise advises advised advising
    counter counters countered countering
    retort retorts retorted retorting
    object objects objected objecting
    protest protests protested protesting
    lament laments lamented lamenting
    disclose discloses disclosed disclosing
    clarify clarifies clarified clarifying
    elaborate elaborates elaborated elaborating
    specify specifies specified specifying
    stipulate stipulates stipulated stipulating
    forecast forecasts forecasting
    project projects projected projecting
    """
)
#: "made clear that ...": a phrase that states, read as one verb.
REPORTING_VERBS.update(
    dict.fromkeys(
        ("made clear", "made it clear", "makes clear", "makes it clear", "making clear"),
        "make clear",
    )
)

#: Verbs whose -ing form may open a sentence with a reported clause: "Noting
#: that the ferry was late, the mayor said ..." (the clause is the main subject's).
OPENER_VERBS = frozenset(
    {
        "note", "argue", "say", "insist", "warn", "claim", "acknowledge", "stress",
        "suggest", "concede", "admit", "declare", "assert", "contend", "explain",
    }
)  # fmt: skip

#: Those -ing forms as they open a sentence: "Noting", "Arguing".
OPENING_FORMS = frozenset(
    w.capitalize()
    for w, lem in REPORTING_VERBS.items()
    if w.endswith("ing") and lem in OPENER_VERBS
)

#: Verbs that take a quote or clause but whose object is a request, not a fact.
REQUEST_VERBS = frozenset({"ask", "urge", "demand", "recommend", "order", "encourage", "advise"})

#: Verbs that introduce content only when a clause follows (never a bare quote cue
#: on their own in the "X <verb>." after-position, because they are too common).
WEAK_VERBS = frozenset(
    {
        "hear",
        "believe",
        "think",
        "agree",
        "show",
        "find",
        "read",
        "call",
        "describe",
        "post",
        "report",
        "continue",
        "point",
        "indicate",
        "project",
        "forecast",
        "estimate",
        "charge",
        "order",
        "object",
        "protest",
        "counter",
        "answer",
        "respond",
        "reply",
        "mention",
        "maintain",
        "note",
        "state",
        "add",
        "stress",
        "promise",
        "reject",
        "dismiss",
        # "accepted that ...", "disputed that ...": speech only with a clause
        # ("accepted the offer", "a figure the office disputed" report a deed).
        "accept",
        "dispute",
        # "repeated that ...", "fumed that ...": speech only with a clause ("repeated
        # requests", "repeated the question", "fumed over the delay" are no claims).
        "repeat",
        "reiterate",
        "fume",
        "make clear",
    }
)
#: Of the weak verbs, those that still work as cues right next to a quote.
QUOTE_OK_WEAK = frozenset(
    {
        "continue",
        "answer",
        "respond",
        "reply",
        "note",
        "state",
        "add",
        "stress",
        "read",
        "post",
        "promise",
        "report",
        "counter",
        "maintain",
        "mention",
        "point",
        "reject",
        "dismiss",
        # '"Not a chance," Lind repeated.' (not "repeated requests" elsewhere)
        "repeat",
        "reiterate",
    }
)

#: Verbs whose bare object (without that) is a person told, not the content.
TELL_VERBS = frozenset(
    {"tell", "inform", "assure", "warn", "remind", "advise", "ask", "urge", "encourage", "order"}
)


#: Words that may stand between the subject and the verb.
AUXILIARIES = frozenset(
    {
        "also",
        "then",
        "later",
        "has",
        "have",
        "had",
        "will",
        "would",
        "previously",
        "earlier",
        "again",
        "repeatedly",
        "further",
        "separately",
        "publicly",
        "once",
        "already",
        "recently",
        "initially",
        "first",
        "did",
        "does",
        "do",
        "now",
        "still",
        "reportedly",
        "privately",
        "openly",
        "flatly",
        "firmly",
        "simply",
        "only",
        "even",
        "may",
        "might",
        "could",
        "can",
        "however",
        "meanwhile",
        "though",
        "instead",
        "himself",
        "herself",
        "itself",
        "themselves",
        "often",
        "long",
        "since",
        "always",
        "usually",
        "frequently",
        "sometimes",
        "soon",
    }
)

#: Phrases that sit between a verb and its reported clause without being it.
CHANNEL_PHRASES = (
    "in a statement",
    "in a written statement",
    "in a joint statement",
    "in a press release",
    "in a news release",
    "in an interview",
    "in an email",
    "in an e-mail",
    "in a letter",
    "in a post",
    "in a tweet",
    "in a blog post",
    "in a video",
    "in a speech",
    "in court",
    "in court documents",
    "in a court filing",
    "in a filing",
    "in a report",
    "in a memo",
    "at a press conference",
    "at a news conference",
    "at a briefing",
    "on social media",
    "on twitter",
    "on facebook",
    "on x",
    "on instagram",
    "on television",
    "on radio",
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
    "yesterday",
    "today",
    "last week",
    "last month",
    "last year",
    "this week",
    "earlier this week",
    "earlier",
    "later",
    "previously",
    "recently",
    "publicly",
    "repeatedly",
    "at the time",
    "in parliament",
    "in response",
    "on condition of anonymity",
)

#: Heads of a channel phrase between a subject and its verb ("Lind in a
#: statement said", "Lind at a news conference said"): how the subject spoke.
CHANNEL_NOUNS = words(
    """
    statement statements interview interviews email e-mail letter release post tweet
    tweets speech memo op-ed message filing remarks briefing conference column podcast
    broadcast appearance address testimony
    """
)

#: Reported content that is only a pronoun: "confirmed this" is no claim.
PRONOUN_OBJECTS = frozenset(
    {
        "this",
        "that",
        "it",
        "so",
        "these",
        "those",
        "them",
        "him",
        "her",
        "nothing",
        "something",
        "anything",
        "otherwise",
        "as",
        "much",
        "the",
        "such",
        "what",
        "which",
    }
)

PRONOUNS_PERSON = {"he": "m", "she": "f", "him": "m", "her": "f"}
PRONOUNS_GROUP = frozenset({"they", "it", "we"})

#: Letters after a name that belong to the role, not the name.
POSTNOMINALS = words(
    """
    kc qc mp mep msp jr sr phd md obe cbe mbe ii iii esq
    """
)

#: Titles and honorifics before a name (case-insensitive, dots optional).
TITLES = words(
    """
    mr mrs ms miss mx dr cllr prof professor sir dame lord lady rev reverend
    father sister brother sen senator rep representative gov governor gen
    general col colonel maj major capt captain lt lieutenant sgt sergeant
    adm admiral cmdr commander president vice prime minister chancellor
    secretary ambassador mayor judge justice chief king queen prince
    princess sheikh emir pope bishop archbishop cardinal rabbi imam officer
    detective inspector superintendent constable deputy councillor councilor
    alderman speaker premier undersecretary director chairman chairwoman
    chair ceo cfo coach st saint mp mep envoy commissioner attorney counsel
    spokesman spokeswoman spokesperson pastor dean rector provost sheriff
    marshal chancellor leader congressman congresswoman councilman councilwoman
    assemblyman assemblywoman det insp supt
    """
)

#: Who someone is in the story, written before their name like a title
#: ("Passenger Keisha Lind said"): no part of the name.
NAME_DESCRIPTORS = words(
    """
    passenger resident voter commuter shopper patient student parent neighbour neighbor
    customer motorist witness survivor homeowner tenant pensioner retiree veteran volunteer
    """
)

#: What an abbreviated title stands for when the article goes on with the office
#: ("Sen. Mara Lind ... the senator said"): the words a later role may use.
TITLE_OFFICES = {
    "sen": "senator",
    "rep": "representative congressman congresswoman",
    "gov": "governor",
    "cllr": "councillor",
    "dr": "doctor",
    "prof": "professor",
    "rev": "reverend",
    "gen": "general",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "adm": "admiral",
    "cmdr": "commander",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "atty": "attorney",
    "amb": "ambassador",
}

#: Nouns for a member of a party: "a Texas Democrat", and before a name a
#: label, not part of it ("Democrat Ann Reyes").
PARTY_MEMBERS = words("republican democrat independent conservative liberal tory libertarian")

#: Role nouns that name a position; used for roles and "the minister" back-references.
#: People by their part in an event: with "the" they are a role to match,
#: never simply the last person named ("the suspect" after a detective spoke).
EVENT_ROLES = words(
    """
    suspect defendant accused survivor patient mourner protester demonstrator
    hostage prisoner inmate detainee claimant complainant plaintiff
    bystander eyewitness whistleblower gunman attacker victim witness
    """
)

#: People described by what they are, often an epithet for someone named
#: before ("The actress said", "the striker told reporters").
PERSON_NOUNS = words(
    """
    actress actor singer musician rapper star celebrity comedian presenter
    filmmaker artist painter writer novelist poet
    striker midfielder defender goalkeeper player athlete runner
    swimmer cyclist boxer champion skier golfer jockey footballer
    teenager teen boy girl child youngster pensioner retiree billionaire
    millionaire entrepreneur businessman businesswoman tycoon chef mechanic
    electrician plumber builder cleaner carer caregiver paramedic firefighter
    soldier veteran suspect defendant accused survivor patient mourner
    protester demonstrator motorist pedestrian commuter tourist visitor
    traveller traveler migrant refugee landlord landlady tenant homeowner
    shopkeeper grandmother grandfather grandson granddaughter uncle aunt
    nephew niece cousin boyfriend girlfriend partner fiancé fiancée fiance
    fiancee widow widower mum mom dad climber sailor fisherman hunter
    gunman attacker hostage prisoner inmate detainee claimant complainant
    plaintiff bystander eyewitness whistleblower forecaster meteorologist
    astronaut explorer skipper violinist violist cellist pianist guitarist
    drummer bassist percussionist trumpeter saxophonist composer conductor
    dancer ballerina choreographer photographer designer player
    """
)

ROLE_WORDS = (
    words(
        """
    spokesperson spokesman spokeswoman spokespeople minister secretary
    president ambassador mayor governor senator director chairman chairwoman
    chair ceo chief founder co-founder cofounder official officer adviser
    advisor analyst economist professor lecturer researcher scientist expert
    lawyer attorney counsel judge prosecutor member leader head manager
    curator coach captain commander general colonel spokesmen representative
    deputy undersecretary commissioner student teacher instructor doctor
    nurse author editor reporter correspondent journalist activist
    campaigner executive treasurer chancellor premier candidate economist
    historian architect engineer owner employee worker resident witness
    victim father mother farmer son daughter wife husband brother sister friend
    neighbour neighbor major lawmaker legislator mp councillor councilor
    envoy diplomat negotiator inspector detective sheriff pastor priest
    bishop imam rabbi
    banker broker trader investor consultant diplomat official surgeon
    physician economist farmer miner driver pilot
    co-chair chair vice-chair co-founder former acting interim
    barrister solicitor advocate defender juror coroner magistrate
    administrator superintendent clerk midwife technician investigator
    accountant trustee lobbyist principal headteacher
    counselor counsellor therapist pharmacist caseworker bookkeeper cashier
    receptionist janitor dispatcher trooper
    """
    )
    | PERSON_NOUNS
)

#: Unnamed individuals off the record: each is its own anonymous figure.
ANON_HEADS = (
    words(
        """
    source sources insider insiders person people individual individuals
    witness witnesses resident residents critic critics observer observers
    expert experts analyst analysts employee employees worker workers
    staffer staffers aide aides diplomat diplomats acquaintance friend
    friends relative relatives neighbour neighbours neighbor neighbors
    member members participant participants man woman men women someone one
    another figure
    delegate engineer supervisor banker insider lawyer driver passenger
    shopper fan fans voter voters parent parents student teacher nurse
    doctor officer guard contractor manager executive director family
    supporters opponents backers detractors skeptics sceptics advocates
    activists protesters protestors demonstrators campaigners organizers
    organisers respondents strategists pollsters confidant confidants
    adviser advisers advisor advisors ally allies associate associates
    operative operatives loyalist loyalists assistant assistants solicitor attorney
    attendee attendees strategist pollster supporter opponent backer detractor
    skeptic sceptic advocate protester protestor demonstrator organizer organiser
    respondent
    acquaintances actors artists athletes bankers bystanders caregivers carers
    claimants cleaners commuters complainants contractors defendants detainees
    doctors drivers electricians engineers entrepreneurs farmers firefighters
    guards homeowners hostages inmates landlords mechanics migrants motorists
    mourners musicians nurses officers paramedics passengers patients
    pedestrians pensioners plaintiffs players prisoners refugees retirees
    sailors shopkeepers shoppers soldiers students suspects survivors teachers
    teenagers tenants tourists travelers travellers veterans visitors
    whistleblowers businessmen businesswomen fishermen gunmen children
    administrator administrators volunteer volunteers customer customers pupil
    pupils donor donors shareholder shareholders teammate teammates clerk clerks
    technician technicians midwife midwives waiter waiters custodian custodians
    counselor counselors counsellor counsellors therapist therapists pharmacist
    pharmacists caseworker caseworkers bookkeeper bookkeepers cashier cashiers
    receptionist receptionists janitor janitors dispatcher dispatchers trooper troopers
    politician politicians rival rivals pundit pundits commentator commentators
    historian historians scholar scholars journalist journalists lobbyist lobbyists
    investor investors conservatives liberals progressives moderates independents
    libertarians hopeful hopefuls contender contenders challenger challengers
    surrogate surrogates technologist technologists
    """
    )
    | PERSON_NOUNS
)

#: Groups and bodies on the record (institution even when unnamed).
INSTITUTION_HEADS = words(
    """
    officials official authorities authority government governments ministry
    ministries department departments police army military navy prosecutors
    prosecution defence defense
    prosecutor court council committee commission agency office company
    companies firm firms corporation bank board administration cabinet
    kremlin parliament congress senate house party union federation league
    association organisation organization foundation institute university
    school college academy hospital church city municipality county state regime
    embassy spokespeople spokesmen team club group coalition alliance
    campaign charity trust service services force forces regulator
    regulators watchdog operator manufacturer airline carrier
    district village town province region centre center society
    retailer lender insurer carmaker automaker chipmaker drugmaker
    supermarket grocer brewer exporter importer startup conglomerate utility
    delegates negotiators lawmakers legislators ministers leaders
    investigators researchers scientists authors auditors inspectors
    organisers organizers executives managers regulators analysts
    economists judges delegation delegations organisers governors mayors lawyers
    solicitors attorneys
    inspectorate directorate secretariat tribunal bureau treasury legislature
    assembly panel chamber exchange
    inspectorates directorates tribunals bureaus bureaux legislatures assemblies panels
    councils committees commissions agencies offices corporations banks
    boards administrations cabinets parliaments parties unions federations
    leagues associations organisations organizations foundations institutes
    universities schools colleges academies hospitals churches cities municipalities
    counties states regimes embassies teams clubs groups coalitions alliances
    campaigns charities trusts watchdogs operators manufacturers airlines
    carriers districts villages towns provinces regions societies
    retailers lenders insurers carmakers automakers chipmakers drugmakers
    supermarkets grocers brewers exporters importers startups utilities
    """
)

#: Capitalised words that mark a name as an organisation, not a person.
ORG_WORDS = words(
    """
    ministry department office agency council committee commission court
    company corporation corp inc ltd llc plc group bank university college
    stores supermarkets retail brands properties international
    school academy institute foundation association society union party church guild
    hospice cathedral
    police army navy force forces government parliament congress senate
    assembly administration authority board bureau service services
    organisation organization federation league club team hospital museum
    center centre program programme project trust fund network airlines
    airways alliance coalition movement front conference district city
    municipality county state states kingdom republic nations house embassy
    consulate cabinet kremlin pentagon regime industries holdings systems
    technologies labs laboratory laboratories press
    relations affairs rights studies research justice defence defense
    education transport finance security development commerce trade energy
    agriculture shipping foods railways railway logistics engineering
    securities capital partners motors pharma pharmaceuticals media holdings
    ab ag sa nv gmbh asa plc llp inspectorate treasury exchange brigade
    division regiment airport chamber markets estates
    tribunal directorate secretariat legislature
    co corp inc ltd llc
    line lines rovers rangers wanderers athletic albion fc cf sc ac
    gallery galleries collection collections studio studios orchestra choir
    festival theatre theater library archive archives
    therapeutics biosciences biotech dynamics ventures solutions networks insurance
    indemnity realty construction entertainment pictures software robotics
    semiconductors minerals petroleum chemicals textiles apparel hospitality hotels
    resorts freight railroad transit telecom communications healthcare analytics
    consulting advisory associates
    """
)

#: Words that make a name an outlet (capitalised in names, or lower-case heads).
MEDIA_WORDS = words(
    """
    news times post journal herald tribune telegraph guardian gazette
    independent observer express mirror chronicle globe star sun mail
    courier daily weekly monthly magazine newspaper radio television tv
    broadcasting broadcaster wire reuters bloomberg newswire newsweek
    standard examiner inquirer bulletin dispatch review economist ledger
    courant bugle lantern beacon sentinel echo enquirer mercury argus clarion
    advertiser gleaner intelligencer spectator podcast newsletter register
    press presse agence
    """
)
#: Web address endings: "Factcheck.org" is one name, and a site's name is an outlet's.
WEB_ENDS = ("com", "org", "net", "gov", "edu", "info", "io", "co", "uk", "us", "news")
#: Well-known outlets written as acronyms or single words (upper or mixed case).
MEDIA_NAMES = words(
    """
    bbc cnn cbc abc nbc cbs fox npr pbs ap afp kcna tass ria xinhua yonhap
    reuters bloomberg politico axios vox buzzfeed vice itv sky rte dpa efe
    ansa kyodo nhk aljazeera al-jazeera interfax wikinews cnbc msnbc hbo ft
    wsj nyt rt rté france24 euronews dw
    """
)
#: Platforms and firms known by one word that are never a person's surname: a
#: lone name read as a body stays one even when a "he" or "she" follows it.
PLATFORM_NAMES = words(
    """
    facebook twitter instagram telegram tiktok linkedin threads bluesky youtube weibo
    wechat mastodon reddit snapchat whatsapp substack google apple microsoft amazon meta
    """
)
#: Lower-case nouns that refer back to an outlet.
MEDIA_HEADS = words(
    """
    outlet newspaper paper agency broadcaster channel network magazine media
    press publication tabloid daily website site station television tv radio
    outlets newspapers networks broadcasters magazines publications tabloids websites
    """
)

#: Nouns that make a speaker a document (the figure is the document itself).
DOCUMENT_HEADS = words(
    """
    report reports study studies survey surveys poll polls letter letters
    filing filings document documents memo memorandum data figures
    statistics statement statements ruling judgment judgement verdict
    decision indictment complaint lawsuit affidavit analysis review audit
    census record records paper papers assessment investigation inquiry
    findings estimates projections forecast note email e-mail post tweet
    message release bill law order decree sentence petition research minutes
    transcript report's guidance policy plan proposal draft
    trial trials notice presentation dossier submission summary briefing
    dataset index ranking rankings projection model simulation manifesto
    testimony deposition warrant tally count filings figures survey
    emails e-mails polling disclosures tallies results numbers
    timeline chronology readout biography profile returns average
    cable cables communique communiqué
    ad ads advert adverts advertisement advertisements
    slide slides chart charts graph graphs map maps spreadsheet spreadsheets
    """
)

#: "reports say", "media reports", "unconfirmed reports": news coverage from
#: outlets left unnamed, a media source rather than one document.
NEWS_REPORT_WORDS = words("media press news newspaper wire television tv radio")
VAGUE_REPORT_WORDS = words(
    """
    some several many multiple other earlier recent unconfirmed initial
    local foreign international widespread conflicting numerous
    """
)

#: Words that make a body named with its acronym a news outlet ("Korean Central
#: News Agency (KCNA)").
NEWS_BODY_WORDS = words("news newswire broadcasting broadcaster")

#: Bodies named after a place ("the government of North Halmark"): the name
#: after "of" stands for the body, never for a person.
BODY_OF = words(
    """
    government governments ministry administration authorities council
    parliament assembly municipality state republic kingdom province region
    city county district
    """
)

#: Words that start a sentence but never a name.
NOT_NAME_START = words(
    """
    the a an and but or if so yet for nor as at by in on of to from with
    however meanwhile moreover also although though while when where after
    before since until because despite during this that these those there
    here it its it's his her their our my your we they he she i you what
    which who whom whose why how then now today yesterday tomorrow according
    asked many most some several both all each every no not one two three
    four five six seven eight nine ten last next first monday tuesday
    wednesday thursday friday saturday sunday january february march april
    may june july august september october november december mr mrs ms dr
    neither either another other any such
    """
) | words(
    # Prepositions, auxiliaries, adverbs and interjections that open a
    # sentence before a name ("Without Lind, ...", "Had I known",
    # "Thank God"): never the first word of a person's name.
    """
    without outside inside within amid amidst among against about across
    through throughout toward towards upon unlike beyond behind below beneath
    beside besides between under into onto near along
    had has have did does was were is are been being would could should
    might must shall
    even just only still already again never always perhaps maybe indeed
    instead later earlier soon once finally thank thanks dear hello hey oh
    yes please
    """
)

#: Abbreviations that end with a dot without ending the sentence.
ABBREVIATIONS = words(
    """
    mr mrs ms dr prof sr jr st sen rep gov gen col maj capt lt sgt adm cmdr
    rev hon mt ft no vs etc inc ltd corp co jan feb mar apr jun jul aug sep
    sept oct nov dec u.s u.k u.n e.g i.e a.m p.m approx dept est fig
    """
)

#: Particles inside personal names ("de la", "van der", "bin", "al-").
#: Particles glued to a capitalised name by a hyphen or apostrophe
#: ("al-Assad", "d'Alema", "bin-Laden").
GLUED_PARTICLES = ("al", "el", "ad", "as", "at", "az", "ar", "an", "bin", "ben", "abu", "d", "l")

NAME_PARTICLES = words(
    """
    de la le du des da di del della van von der den ten ter bin bint ibn al
    el abu dos das y
    """
)

#: Lines that open with these words are credits, captions or bylines, never claims.
CREDIT_PREFIXES = (
    "photo",
    "photograph",
    "photos",
    "image",
    "images",
    "picture",
    "pictured",
    "credit",
    "credits",
    "caption",
    "source",
    "video",
    "audio",
    "graphic",
    "illustration",
    "file photo",
    "above",
    "below",
    "top",
    "left",
    "right",
    "read more",
    "read also",
    "also read",
    "related",
    "watch",
    "listen",
)

#: Headings after which the rest of the text is apparatus (sources, links, tags).
APPARATUS_HEADINGS = frozenset(
    {
        "sources",
        "references",
        "external links",
        "related news",
        "see also",
        "categories:",
        "categories",
        "related articles",
        "further reading",
        "notes",
        "related topics",
        "related stories",
        "related content",
        "related coverage",
        "more on this story",
        "share this",
        "share this article",
        "you may also like",
        "most read",
        "read more",
        "tags",
        "topics",
    }
)

#: Words right before a quote that make it a name or a title, not speech.
#: Small words a title may leave in lower case ("Meet the Voters", "State of the Harbour").
TITLE_SMALL_WORDS = words("the of and a an in on for to with at")

TITLE_INTRODUCERS = words(
    """
    titled entitled named dubbed headlined nicknamed called hashtag word
    words term phrase slogan motto book film movie song album show series
    novel play poem article column essay opera painting exhibition exhibit
    """
)

#: Words right before a quoted name ("a robot named "Better Idea""): the
#: quote names something and holds nobody's words.
NAMING_WORDS = words("named titled entitled dubbed nicknamed headlined")

#: Words that open a clause hung on a sentence ("..., as costs rose"), never
#: a clause reported after a comma.
SUBORDINATORS = words(
    """
    as while whilst after because since although though amid
    """
)

#: An adverb between a refusal's verb and what it refuses ("declined to publicly
#: detail", "would not directly speculate").
_NO_COMMENT_ADVERB = (
    r"(?:(?:directly|publicly|immediately|specifically|further|officially|even)\s+)?"
)
#: "give" refuses only what a reporter asks for ("declined to give details", "would
#: not give a specific figure"), not a thing given ("refused to give me credit",
#: "would not give the bill floor time") or given up.
_NO_COMMENT_GIVE = (
    r"give(?=\s+(?:(?:a|an|any|the|further|more|exact|precise|specific)\s+){0,2}"
    r"(?:details?|specifics?|reasons?|figures?|numbers?|names?|timeline|timetable|estimate"
    r"|breakdown|explanation|answers?|comment|information|account|date|concentration)\b)"
)
#: "has not responded to Lind's remarks": an answer in public to what someone said
#: is not owed to the reporter, so none given is no refusal.
_NOT_TO_A_SPEECH = (
    r"(?!\s+to\s+(?:(?:his|her|their|its|the)\s+|\p{Lu}[\w.-]*+['’]s?\s+)(?:[\w'’-]+\s+)?"
    r"(?:remarks|criticism|attacks?|insults|jabs|barbs|taunts|speech|tweets?|posts?|complaints?)\b)"
)
#: A refusal in the refuser's own words, as reported speech puts it after the
#: subject: "said he was 'not taking calls'", "had 'nothing to say to the paper'",
#: "was 'not the right person to ask'", "would 'not be commenting while ...'",
#: "will not be doing media until ...". Recorded as a refusal (NO_COMMENT_PATTERN)
#: and never read as the clause of a claim (templates/indirect.py).
REFUSED_IN_OWN_WORDS = (
    r"(?:(?:was|were|is|are)\s+[\"“‘']?(?:[\w-]+\s+and\s+)?not\s+(?:taking|doing|giving)\s+"
    r"(?:any\s+)?(?:media\s+)?(?:calls|questions|interviews)"
    r"|(?:had|has|have)\s+[\"“‘']?nothing\s+(?:more\s+|further\s+)?to\s+(?:say|add)"
    r"|(?:was|is)\s+[\"“‘']?not\s+the\s+right\s+person\s+to\s+(?:ask|speak\s+to|talk\s+to)"
    r"|(?:would|will)\s+[\"“‘']?not\s+be\s+(?:commenting|(?:doing|giving|taking)\s+(?:any\s+)?"
    r"(?:media|interviews|questions)|(?:speaking|talking)\s+to\s+(?:the\s+)?(?:press|media"
    r"|reporters|journalists)))"
)
#: A question passed to someone else instead of answered: "said that was 'a
#: matter for the police'", "a question for the final report", "were 'for the
#: ministry to answer'", "questions about X should be directed to Y",
#: "deferring to them on all questions". Recorded and never a claim, as above.
DEFLECTED = (
    r"(?:(?<=\b(?:[Tt]hat|[Ii]t|[Tt]his|questions|which)\s)(?:was|were|is|are|would\s+be)\s+"
    r"[\"“‘']?(?:(?:a|one)\s+)?(?:matter|question)s?\s+for(?=\s)"
    # "that would be 'for the accountants to establish'", "it was for the courts to decide".
    r"|(?<=\b(?:[Tt]hat|[Ii]t|[Tt]his)\s)(?:was|is|would\s+be)\s+[\"“‘']?for\s+(?:the\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+to\s+(?:answer|address|decide|explain|establish|determine"
    r"|judge)\b"
    r"|(?:questions|inquiries|enquiries|queries)\s+(?:(?:about|on|over)\s+[^.;:!?\n]{1,60}?\s+)?"
    r"(?:(?:were|was|are|is)\s+[\"“‘']?for\s+(?:(?:the|its|his|her|their)\s+)?[\w'’-]+"
    r"(?:\s+[\w'’-]+){0,2}?\s+to\s+(?:answer|address|decide|explain)"
    r"|(?:should|would|must)\s+[\"“‘']?(?:go|be\s+(?:directed|addressed|referred|put|sent))\s+to)\b"
    r"|(?:(?:was|were|is|are)\s+)?[\"“‘']?defer(?:ring|red|s)?\s+to\s+(?:[\w'’-]+\s+){1,4}?on\s+"
    r"(?:all\s+)?(?:questions|matters)\b)"
)
#: Phrases that record a refusal to comment (no claim, noted on the figure).
NO_COMMENT_PATTERN = (
    r"(?:declined|refused|declining|refusing|decline|declines|refuses|refuse|Declining|Refusing)"
    r"\s+(?:to\s+"
    + _NO_COMMENT_ADVERB
    + r"(?:comment|elaborate|discuss|say|"
    + _NO_COMMENT_GIVE
    + r"|provide|confirm(?!\s+(?:[\w-]+\s+){0,3}?(?:nominees?|nominations?|appointees?"
    r"|appointments?)\b)"
    r"|respond|speak|answer|disclose|reveal|specify|detail|address|identify"
    r"|name|weigh\s+in|be\s+interviewed|speculate"
    # "declined to go into details", "declining to go into specifics".
    r"|go\s+into\s+(?:(?:any|the|further|more)\s+)?(?:details?|specifics))"
    r"|(?:further\s+)?comment|(?:(?:multiple|repeated|several|numerous|two|three)\s+)?requests?\s+"
    r"for\s+(?:comment|an?\s+interview|interviews)"
    r"|(?:an?\s+|several\s+|repeated\s+|multiple\s+|all\s+|further\s+)?interview"
    r"(?:\s+requests?)?)"
    # "ignored requests for comment", "would neither confirm nor deny", "chose not
    # to comment", "has yet to respond".
    r"|ignored\s+(?:\w+\s+)?requests\s+for\s+comment"
    # "referred questions to the company", "refers inquiries to its lawyers".
    r"|(?:referred|refers|referring)\s+(?:all\s+|further\s+|the\s+)?"
    r"(?:questions|inquiries|enquiries|queries|requests|calls)\b"
    r"|(?:would|will|did|could|can)\s+[\"“‘']?neither\s+confirm\s+nor\s+deny"
    r"|(?:chose|choosing|wished|wanted|preferred)\s+not\s+to\s+comment"
    r"|(?:did\s+not|didn['’]t)\s+(?:wish|want)\s+to\s+comment"
    r"|(?:has|have|had)\s+yet\s+to\s+(?:respond|reply|comment|return)"
    r"|(?:would|will|could|can|does|do)\s+not\s+" + _NO_COMMENT_ADVERB + r"(?:comment|speculate)"
    r"|(?:cannot|wouldn['’]t|won['’]t|couldn['’]t|can['’]t|doesn['’]t|don['’]t)"
    r"\s+" + _NO_COMMENT_ADVERB + r"(?:comment|speculate)"
    r"|(?:would\s+not|wouldn['’]t)\s+" + _NO_COMMENT_ADVERB + r"(?:say|confirm|discuss|elaborate"
    r"|disclose|reveal|name|identify|" + _NO_COMMENT_GIVE + r"|answer|be\s+drawn|publish|release)"
    r"|(?:[Dd]eclined|[Rr]efused|[Dd]eclining|[Rr]efusing)\s+to\s+be\s+drawn"
    # "declined to share the memo", "would not share them with the Journal"; not
    # "refused to share a lift cage".
    r"|(?:(?:declined|refused|declining|refusing)\s+to|would\s+not|wouldn['’]t|did\s+not"
    r"|didn['’]t)\s+share\s+(?:them|it|(?:(?:the|its|his|her|their|any|further|more|those|these"
    r"|that|this)\s+)?(?:[\w-]+\s+){0,3}?(?:details?|information|data|documents?|memos?|reports?"
    r"|e-?mails?|messages?|figures|numbers|results|names?|findings|letters?|minutes|records"
    r"|recordings?|footage|evidence|contracts?|copy|copies|texts?)\b)"
    # "does not confirm whether individual charities are under investigation".
    r"|(?:does|do)\s+not\s+confirm\s+(?:or\s+deny\s+)?(?:whether|the\s+existence\s+of)\b"
    # "did not return to banking" and "did not respond in kind" are no refusals.
    r"|(?:did\s+not|didn['’]t)\s+"
    + _NO_COMMENT_ADVERB
    + r"(?:respond(?!\s+in\s+kind\b)"
    + _NOT_TO_A_SPEECH
    + r"|reply"
    r"|return(?!\s+to\b)|comment|answer)"
    # "had not yet returned to their homes" is no refusal either.
    r"|(?:(?:has|have|had)\s+not|hasn['’]t|haven['’]t|hadn['’]t)\s+(?:yet\s+)?"
    r"(?:(?:responded|replied)" + _NOT_TO_A_SPEECH + r"|commented|returned(?!\s+to\b)|answered"
    r"|said\s+why)"
    r"|(?:was|were)\s+not\s+(?:immediately\s+)?(?:returned|answered)|went\s+unanswered"
    r"|(?:has|have)\s+gone\s+unanswered"
    r"|(?:could\s+not|couldn['’]t)\s+(?:immediately\s+)?be\s+(?:immediately\s+)?"
    r"(?:reached|contacted|located|raised)"
    r"|(?:was|were)\s+(?:[\w-]+\s+and\s+)?(?:not\s+(?:immediately\s+)?(?:available|able)|unavailable)"
    r"\s+(?:for|to)\s+(?:comment|an?\s+interview|be\s+interviewed)"
    # "was not reachable on Saturday", "stayed mum on", "gave no answer".
    r"|(?:was|were)\s+(?:not\s+(?:immediately\s+)?reachable|unreachable)"
    r"|(?:stayed|kept|remained)\s+mum"
    r"|(?:gave|offered)\s+no\s+(?:answer|response|reply)"
    r"|would\s+say\s+nothing(?:\s+(?:more|further|else))?"
    # "said it would be 'inappropriate' to comment", "was 'too early' to comment",
    # "was 'not in a position' to say", "was unable to comment".
    r"|(?:would\s+be|was|is)\s+[\"“‘']?(?:inappropriate|not\s+appropriate|premature|too\s+early)"
    r"(?:\s+to\s+(?:respond|comment)\s+(?:in|to)\s+the\s+(?:media|press))?[\"”’']?\s+to\s+"
    r"(?:comment|speculate|discuss|respond)"
    # "declined to take questions", "has not given an interview since", "did not take up
    # an offer to comment", "passed on a chance to comment", "would not get into",
    # "would not talk", "did not pick up", "would study the report before commenting",
    # "it is policy not to comment", "never comments on".
    r"|(?:declined|refused)\s+to\s+take\s+(?:any\s+)?(?:questions|calls)"
    r"|(?:has|have|had)\s+not\s+given\s+(?:an?\s+|any\s+)?interviews?"
    r"|(?:did\s+not\s+take\s+up|passed\s+on|declined)\s+(?:an?\s+|the\s+)?(?:offer|invitation"
    r"|opportunity|chance)\s+to\s+(?:comment|respond)"
    r"|(?:would|will)\s+not\s+get\s+into"
    r"|(?:would\s+not|wouldn['’]t)\s+(?:talk|speak)(?=\s*+(?:[.,;]|\Z)|\s++to\s++(?:the\s+)?(?:media|reporters"
    r"|press|journalists)\b)"
    r"|(?:did\s+not|didn['’]t)\s+pick\s+up(?=\s*+(?:[.,;]|\Z)|\s++(?:when|the\s+phone|(?:his|her)\s+phone"
    r"|calls?)\b)"
    r"|(?:study|review|read|examine|consider)\s+(?:[\w'’-]+\s+){0,4}?before\s+commenting"
    r"|(?:policy|practice)[\"”’']?\s+(?:is\s+)?(?:not|never)\s+to\s+comment"
    r"|never\s+(?:comments?|discuss(?:es)?)\b"
    r"|(?:was|were|is|are)\s+[\"“‘']?not\s+in\s+a\s+position[\"”’']?\s+to\s+(?:say|comment|discuss"
    r"|confirm)"
    r"|(?:was|were|is|are)\s+[\"“‘']?unable\s+to\s+(?:comment|discuss)"
    r"|(?:could\s+not|cannot|can\s+not|couldn['’]t|can['’]t)\s+discuss"
    # "shook her head when approached", "left without speaking to reporters",
    # "stopped short of saying whether", "asked for privacy".
    r"|shook\s+(?:his|her|their)\s+heads?\s+(?:when|as)\s+(?:approached|asked)"
    # "walked past reporters without a word", "left without taking questions".
    # "left the Capitol without speaking to reporters", "walked past reporters at the
    # airport on Tuesday without a word": a few words of where and when between.
    r"|(?:left|walked\s+(?:past|away|off|out))(?:\s+[\w'’-]++){0,7}?"
    r"\s+without\s+(?:a\s+word|saying\s+(?:a\s+word|anything)|comment\b|(?:taking|answering)\s+"
    r"(?:any\s+)?(?:further\s+)?questions|(?:speaking|talking)\s+to\s+(?:the\s+)?(?:media|reporters"
    r"|journalists|press))"
    r"|(?:ended|closed|wrapped\s+up)\s+(?:the\s+)?(?:briefing|news\s+conference|press\s+conference)"
    r"\s+without\s+(?:taking|answering)\s+(?:any\s+)?(?:further\s+)?questions"
    r"|left\s+without\s+(?:speaking|talking|commenting)(?:\s+to\s+(?:the\s+)?(?:media|reporters"
    r"|journalists|press))?"
    r"|stopped\s+short\s+of\s+(?:saying|confirming)"
    r"|(?:asked|appealed)\s+for\s+privacy"
    # "declined requests to be interviewed", "ignored repeated requests to comment".
    r"|(?:declined|refused|ignored)\s+(?:repeated\s+|several\s+|multiple\s+)?requests?\s+to\s+"
    r"(?:be\s+interviewed|comment|speak|talk)"
    # "did not make anyone available for an interview", "declined to make him available".
    r"|(?:did\s+not|didn['’]t|would\s+not|declined\s+to|refused\s+to)\s+make\s+(?:[\w-]+\s+){0,3}?"
    r"available(?:\s+(?:for|to)\s+(?:an?\s+)?(?:interviews?|comment|discuss|speak|talk|answer)"
    r"|(?=\s*+(?:[.,;:]|\Z)))"
    r"|(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?provide\s+(?:a\s+|any\s+)?comment"
    # "has remained silent on the matter" (not "remained silent as the two traded blows").
    r"|(?:has|have|had)\s+(?:so\s+far\s+)?(?:remained|stayed|kept)\s+silent\s+(?:on|about|over"
    r"|since)\b"
    r"|(?:(?:offered|gave)\s+)?no\s+(?:immediate\s+|further\s+)?comment"
    # "turned down requests for an interview", "rebuffed repeated interview requests".
    r"|(?:turned\s+down|rebuffed|turning\s+down)\s+(?:an?\s+|the\s+|several\s+|repeated\s+"
    r"|multiple\s+)?(?:interview\s+requests?|(?:requests?|invitations?)\s+(?:for|to)\s+(?:comment"
    r"|an?\s+interview|interviews|be\s+interviewed|speak|talk))"
    # "hung up when reached by phone" (not "hung up his boots"), "rang off".
    r"|hung\s+up(?!\s+(?:his|her|their|its|the|a|an|my|our|your)\b)|rang\s+off"
    r"|put\s+(?:the\s+)?(?:phone|receiver)\s+down|put\s+down\s+the\s+(?:phone|receiver)"
    # "would go no further", "declined to go further", "would say neither whether".
    r"|would\s+go\s+no\s+further|(?:declined|refused)\s+to\s+go\s+(?:any\s+)?further"
    r"(?=\s*+(?:[.,;]|\Z)|\s++(?:when|than|on|in)\b)"
    r"|would\s+(?:say\s+neither|neither\s+say)\b"
    # "never answered", "never called back" (not "was never answered", "never returned home").
    r"|(?<!\b(?:was|were|been|is|are|be)\s)never\s+(?:answered|responded|replied|called\s+back"
    r"|returned\s+(?:(?:the|his|her|their|its|repeated|several)\s+)?(?:calls?|messages?|e-?mails?"
    r"|texts?))"
    # "was not at liberty to discuss".
    r"|(?:was|were|is|are)\s+[\"“‘']?not\s+at\s+liberty[\"”’']?\s+to\b"
    # "passed questions back to the regulator", "directed inquiries to its lawyers".
    r"|(?:passed|directed|forwarded|redirected|deferred|passing|directing)\s+(?:all\s+|further\s+"
    r"|the\s+)?(?:questions|inquiries|enquiries|queries)\s+(?:back\s+)?to\b"
    # "A message left for Lind drew no reply" (see `went unanswered`).
    r"|drew\s+no\s+(?:reply|response|answer|comment)"
    # "has not spoken publicly since", "has not addressed the claims publicly",
    # "has said nothing in public": a silence kept, not a word said.
    r"|(?:(?:has|have|had)\s+not|hasn['’]t|haven['’]t|hadn['’]t)\s+(?:spoken|addressed"
    r"(?:\s+[\w'’-]+){0,3}?)\s+(?:publicly|in\s+public)"
    r"|(?:has|have|had)\s+said\s+nothing\s+(?:publicly|in\s+public)"
    # "has not publicly addressed the claims", "has not spoken to reporters since".
    r"|(?:(?:has|have|had)\s+not|hasn['’]t|haven['’]t|hadn['’]t)\s+(?:publicly\s+(?:addressed"
    r"|commented|responded|spoken|discussed)|spoken\s+to\s+(?:the\s+)?(?:press|media|reporters"
    r"|journalists))"
    + r"|"
    + REFUSED_IN_OWN_WORDS
    + r"|"
    + DEFLECTED
    # "declined through his lawyer to be interviewed".
    # "declined through her office a request for an interview".
    + r"|(?:declined|refused)\s+through\s+(?:his|her|their|its|an?|the)\s+[\w-]+\s+(?:to\s+"
    r"(?:comment|be\s+interviewed|speak|respond|discuss)|(?:a\s+|the\s+)?requests?\s+(?:for|to)\s+"
    r"(?:comment|an?\s+interview|interviews|be\s+interviewed|speak|talk))"
    # "sidestepped questions about ...", "ignored a list of questions", "left emailed
    # questions unanswered", "voicemails ... went unreturned".
    r"|(?:sidestepped|dodged|deflected|evaded|ducked|skirted|(?:waved|brushed)\s+(?:off|aside))\s+"
    r"(?:a\s+|the\s+|several\s+|repeated\s+)?"
    r"(?:questions?|queries)"
    r"|ignored\s+(?:a\s+list\s+of\s+|repeated\s+|several\s+|multiple\s+|written\s+|emailed\s+)?"
    r"(?:questions|messages|calls|e-?mails|queries)"
    r"|left\s+(?:(?:emailed|written|repeated|several|multiple|all|the|our|its|his|her)\s+)*+"
    r"(?:questions|messages|calls|e-?mails|queries|requests)(?:\s+[\w'’-]+){0,5}?\s+unanswered"
    r"|went\s+unreturned"
    # "A request to interview Lind ... was turned down" (not "his bail request was").
    r"|(?:was|were)\s+turned\s+down(?<=\b(?:interview|interviews|comment)\b[^.;:!?\n]{1,80})"
    # "declined to make the application public", "declined to share the messages".
    r"|(?:declined|refused)\s+to\s+(?:make\s+(?:[\w'’-]+\s+){1,3}?public|share\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:messages|details|documents|data|information|figures|records|texts|e-?mails|results))\b"
    # "Nor would she say whether ...".
    r"|(?<=\b[Nn]or\s)would\s+(?:he|she|they|it)\s+(?:say|comment|discuss|confirm|disclose)"
    # "confidentiality rules prevented it from commenting".
    r"|(?:prevented|prevents|barred|bars|precluded|precludes)\s+(?:it|him|her|them|us|me)\s+from\s+"
    r"(?:commenting|discussing|speaking|responding)"
    # "said it does not discuss its clients": a standing refusal, said as such.
    r"|(?:does|do)\s+not\s+(?:discuss|release|disclose)(?=\s)"
    r"(?<=\b(?:said|says)(?:\s+(?:by|in|on)\s+(?:an?\s+)?(?:e-?mail|statement|letter))?\s+(?:that\s+)?"
    r"(?:it|he|she|they|the\s+[\w-]+)\s+[\"“‘]?(?:does|do)\s+not\s+(?:discuss|release|disclose))"
    # "Efforts to reach Lind were unsuccessful": a refusal only after such words.
    r"|(?:(?:was|were|(?:has|have)\s+been)\s+(?:unsuccessful|fruitless)|proved\s+unsuccessful|failed)"
    r"(?<=\b(?i:efforts|attempts)\s+to\s+(?i:reach|contact)\b[^.;:!?\n]{1,80})"
    # "Neither Lind nor her lawyer responded to requests", "None of the Linds would
    # comment": an answer denied to everyone the subject names is a refusal.
    r"|(?:(?:responded|replied)(?=\s*+(?:[.;]|\Z)|\s++to\s++(?:(?:a|an|the|several|repeated|multiple)\s++)?"
    r"(?:[\w-]++\s++)?(?:requests?|messages?|calls?|e-?mails?|inquiries|enquiries|queries"
    r"|questions)\b)|commented|(?:would|could)\s+(?:comment|respond|be\s+reached|say\s+whether)"
    r"|agreed\s+to\s+(?:be\s+interviewed|speak|comment|talk))"
    # "Neither the chief executive, Mara Lind, nor ...": a description may come first.
    r"(?<=\b(?:[Nn]either\s+(?:the\s+)?\p{Lu}|[Nn]either\s+(?:the\s+)?\p{Ll}[^.;:!?\n]{1,90}?\s+nor"
    r"|[Nn]one\s+of\s+(?:the\s+)?\p{Lu})[^.;:!?\n]{0,120})"
)

#: Every match of `NO_COMMENT_PATTERN` holds one of these (lower case): the
#: whole-text scan reads only the stretches around them.
NO_COMMENT_WORDS = (
    "declin", "refus", "comment", "speculat", "respon", "repl", "answer",
    "reached", "contacted", "neither", "yet", "would", "why", "refer", "unsuccess", "availab",
    "silent", "turn", "rebuff", "hung", "rang off", "public", "prevent", "barred", "bars",
    "preclud", "sidestep", "dodged", "deflected", "evaded", "ducked", "ignored", "reachable",
    "mum", "nothing", "position", "shook", "left without", "stopped short", "privacy", "skirted",
    "waved", "brushed", "failed", "fruitless", "release", "disclose", "get into", "pick up",
    "raised", "discuss", "agreed", "taking", "right person", "doing media", "interview",
    "phone down", "receiver down", "go no further", "called back", "never returned", "at liberty",
    "questions back", "questions to", "inquiries to", "enquiries to", "queries to", "drew no",
    "without a word", "matter for", "question for", "directed to", "defer", "to answer",
    "go to", "addressed to", "to decide", "to establish", "to determine", "to judge",
    "to explain", "to address", "not confirm", "not share", "n't share", "n’t share",
    "without", "spoken to",
)  # fmt: skip

#: Capitalised abbreviations that are never bodies.
NOT_BODIES = words(
    """
    gmt utc bst cet est pst edt pdt ceo cfo coo cto mp mep gdp am pm tv id ok
    usd eur gbp jpy kg km mph faq pdf ufo dna covid
    """
)

#: Countries and blocs that speak as institutions ("South Korea says").
COUNTRIES = words(
    """
    afghanistan albania algeria argentina armenia australia austria
    azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil
    britain bulgaria cambodia cameroon canada chile china colombia congo
    croatia cuba cyprus czechia denmark ecuador egypt england estonia
    ethiopia europe finland france georgia germany ghana greece guatemala
    haiti honduras hungary iceland india indonesia iran iraq ireland israel
    italy japan jordan kazakhstan kenya korea kosovo kuwait latvia lebanon
    libya lithuania luxembourg malaysia mali malta mexico moldova mongolia
    montenegro morocco myanmar nepal netherlands nicaragua niger nigeria
    norway oman pakistan palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda scotland senegal serbia singapore
    slovakia slovenia somalia spain sudan sweden switzerland syria taiwan
    tajikistan tanzania thailand tunisia turkey uganda ukraine uruguay
    uzbekistan venezuela vietnam wales yemen zambia zimbabwe washington
    moscow beijing london paris kyiv kiev tehran pyongyang seoul tokyo
    brussels berlin ottawa canberra delhi islamabad ankara damascus baghdad
    cairo jerusalem
    """
)

#: Lower-case nouns that introduce the name of a body ("the logistics firm X").
BODY_NOUNS = words(
    """
    firm company group agency newspaper broadcaster magazine charity bank
    lender operator carrier airline insurer retailer consultancy manufacturer
    maker startup club party body association union website daily weekly
    tabloid network outlet publication journal blog newsletter
    """
)
#: Of those, the ones that make the name an outlet.
OUTLET_NOUNS = words(
    """
    newspaper broadcaster magazine daily weekly tabloid website network outlet
    publication journal blog newsletter newswire
    """
)
#: Nouns, of one or two words, that introduce an outlet's name before it ("the
#: broadcaster NRV", "the news agency KNA", "state television CCTV"); not "the
#: state agency SFA", which need not be news.
OUTLET_INTRODUCERS: tuple[str, ...] = (
    "broadcaster", "newspaper", "outlet", "daily", "weekly", "tabloid", "magazine",
    "news agency", "news site", "website", "radio station", "tv station",
    "television station", "television channel", "tv channel", "news channel",
    "state channel", "wire service", "news service", "wire agency", "trade journal",
    "journal", "podcast", "publication", "blog", "newsletter", "newswire", "news wire",
)  # fmt: skip
#: Broadcasting nouns that name an outlet only after a word saying whose it is:
#: "state television", "public radio"; not "a radio host", "reality television".
BROADCASTS = frozenset({"television", "tv", "radio"})
BROADCAST_OWNERS = frozenset({"state", "public", "national", "official", "government"})
OUTLET_INTRODUCERS += tuple(
    f"{o} {b}" for o in sorted(BROADCAST_OWNERS) for b in sorted(BROADCASTS)
)

#: Small words allowed inside a name between capitalised words ("Bank of England").
#: Words allowed inside a phrase between its capitalised parts.
NAME_CONNECTORS = frozenset({"of", "for", "the", "and", "on", "to", "at", "in", "de", "du", "&"})

#: Phrases that put a speaker off the record.
ANONYMITY_MARKERS = (
    "condition of anonymity",
    "not to be named",
    "not be named",
    "declined to be named",
    "not authorised to",
    "not authorized to",
    "speaking anonymously",
    "spoke anonymously",
    "requested anonymity",
    "asked for anonymity",
    "asking for anonymity",
    "granted anonymity",
    "without being named",
    "not be identified",
    "not to be identified",
    "declined to be identified",
    "without being identified",
)

#: Heads that refer back to the nearest named body ("the company said").
GENERIC_BODIES = frozenset(
    {
        "company",
        "firm",
        "operator",
        "group",
        "lender",
        "fund",
        "carrier",
        "airline",
        "manufacturer",
        "retailer",
        "insurer",
        "bank",
        "business",
        "union",
        "club",
        "charity",
        "organisation",
        "organization",
        "owner",
        "developer",
        "consortium",
        "alliance",
        "federation",
        "association",
    }
)

FEMALE_WORDS = words(
    """
    mrs ms miss dame lady madam spokeswoman chairwoman businesswoman
    actress landlady grandmother granddaughter aunt niece girlfriend widow
    mum mom mother daughter wife sister girl fiancée fiancee
    """
)

MALE_WORDS = words(
    """
    mr sir lord spokesman chairman businessman
    grandfather grandson uncle nephew boyfriend widower dad father son
    husband brother boy fisherman gunman dutchman frenchman englishman
    irishman welshman scotsman
    """
)

#: Number words: the share of a poll ("Six in 10") or the count opening a phrase.
NUMBER_WORDS = words(
    """
    one two three four five six seven eight nine ten eleven twelve twenty
    thirty forty fifty sixty seventy eighty ninety hundred
    """
)

COMPASS_WORDS = frozenset({"new", "north", "south", "east", "west", "upper", "lower", "san", "los"})

PLACE_WORDS = words(
    """
    hill hills springs heights falls island islands county valley
    """
) | words(
    """
    road street avenue square park river lake mountain island bay sea ocean
    bridge station airport north south east west northern southern eastern
    western central city county valley coast beach hall tower building
    dam reservoir canal tunnel highway motorway pipeline
    stadium arena cathedral mosque
    monday tuesday wednesday thursday friday saturday sunday january
    february march april june july august september october november
    december christmas easter
    """
)

#: Last words of capitalised names of laws, treaties and events ("the
#: Harbour Safety Act", "Baltic Fishing Partnership", "Lund Olympics"): things,
#: never a person, whatever their other words.
THING_NAME_ENDS = words(
    """
    act acts amendment treaty accord accords agreement pact partnership
    doctrine initiative convention summit olympics games awards prize cup
    championship championships
    """
)

#: US states and their news abbreviations, lower case, as they follow a town in
#: an appositive ("a baker from Lund, Maine, said").
US_STATES = frozenset(
    line.strip()
    for line in """
    alabama
    alaska
    arizona
    arkansas
    california
    colorado
    connecticut
    delaware
    florida
    georgia
    hawaii
    idaho
    illinois
    indiana
    iowa
    kansas
    kentucky
    louisiana
    maine
    maryland
    massachusetts
    michigan
    minnesota
    mississippi
    missouri
    montana
    nebraska
    nevada
    new hampshire
    new jersey
    new mexico
    new york
    north carolina
    north dakota
    ohio
    oklahoma
    oregon
    pennsylvania
    rhode island
    south carolina
    south dakota
    tennessee
    texas
    utah
    vermont
    virginia
    washington
    west virginia
    wisconsin
    wyoming
    ala.
    ariz.
    ark.
    calif.
    colo.
    conn.
    del.
    fla.
    ga.
    ill.
    ind.
    kan.
    ky.
    la.
    md.
    mass.
    mich.
    minn.
    miss.
    mo.
    mont.
    neb.
    nev.
    n.h.
    n.j.
    n.m.
    n.y.
    n.c.
    n.d.
    okla.
    ore.
    pa.
    r.i.
    s.c.
    s.d.
    tenn.
    vt.
    va.
    wash.
    w.va.
    wis.
    wyo.
    d.c.
    """.strip().splitlines()
)

#: Words of a predicate that introduces speech without a reporting verb:
#: "put it differently:", "summed it up:", "was blunt:", "had a message:".
SPEECH_PREDICATE = words(
    """
    put puts summed sums summarised summarized blunt blunter bluntly frankly
    plainly simply succinctly differently message verdict answer reply
    response explanation advice warning view words say
    """
)

#: Time words a US-style subject may carry before its verb: "X on Tuesday
#: said", "The minister last week said", "X earlier this month told".
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
MONTHS = words(
    """
    january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
TIME_UNITS = words("week month year weekend night morning evening afternoon")

#: Who "heard" evidence in a court report: "the jury heard that ..." is a
#: claim with no stated source.
HEARING_BODIES = words(
    """
    jury jurors court tribunal inquiry inquest hearing trial panel
    magistrates coroner committee
    """
)
