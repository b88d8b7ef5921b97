//! The function words of a language that the attribution, claim and stance rules read
//! (`[languages.<code>.grammar]`): prepositions, conjunctions, relative pronouns,
//! auxiliaries, the nouns of a speaker's own side. The rules name a word class; the
//! language's data file says which words belong to it, so a new language needs a file,
//! not a code change. A class a language leaves empty turns its rule off for that
//! language (nothing matches), never on.
//!
//! Words are matched against one token, ignoring case (`Whose` is `whose`); every class
//! holds single words except where its documentation says otherwise
//! (`proposition_joins`, `exchange_phrases`, `topic_negations`, `then_phrases`, `distancing_modifiers`, `joint_statements`, `relation_phrases`: phrases; `accusation_stems`: parts of a word; `clitics`,
//! `pronoun_clitics`, `participle_endings`, `past_participle_endings`, `present_endings`: word endings; `passive_prefixes`: word beginnings).

use serde::Deserialize;

use crate::lexicon::Merge;

/// A class of words, stored lower-case, with the byte lengths they span (a token of
/// another length is no member: one comparison for most tokens).
#[derive(Debug, Clone, Deserialize)]
#[serde(from = "Vec<String>")]
pub struct Words {
    words: Vec<String>,
    min: usize,
    max: usize,
    /// Some word is not ASCII: a token is then also compared lower-cased.
    non_ascii: bool,
    /// One substring searcher per word, built once (the phrase classes are searched in
    /// every unit that names a claim).
    finders: Vec<memchr::memmem::Finder<'static>>,
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        self.words == other.words
    }
}

impl Eq for Words {}

impl Default for Words {
    fn default() -> Self {
        Words::from(Vec::new())
    }
}

impl From<Vec<String>> for Words {
    fn from(words: Vec<String>) -> Self {
        let min = words.iter().map(String::len).min().unwrap_or(usize::MAX);
        let max = words.iter().map(String::len).max().unwrap_or(0);
        let non_ascii = words.iter().any(|w| !w.is_ascii());
        let finders = words.iter().map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned()).collect();
        Words { words, min, max, non_ascii, finders }
    }
}

impl Words {
    /// `w` is one of the words, ignoring case; no allocation unless the class has a
    /// non-ASCII word and `w` is not ASCII.
    #[inline]
    pub fn has(&self, w: &str) -> bool {
        if self.non_ascii && !w.is_ascii() {
            let l = w.to_lowercase();
            return self.words.iter().any(|x| *x == l);
        }
        (self.min..=self.max).contains(&w.len()) && self.words.iter().any(|x| w.eq_ignore_ascii_case(x))
    }

    /// `w` ends with one of the words (a class of word endings), ignoring ASCII case, and is
    /// more than two bytes longer than that ending ("monitoring", "diplomatnya"; not "ing").
    pub fn ends(&self, w: &str) -> bool {
        let b = w.as_bytes();
        self.words.iter().any(|x| b.len() > x.len() + 2 && b[b.len() - x.len()..].eq_ignore_ascii_case(x.as_bytes()))
    }

    /// `w` begins with one of the words (a class of word beginnings), ignoring ASCII case,
    /// and is more than two bytes longer than it ("diluncurkan"; not "di").
    pub fn starts(&self, w: &str) -> bool {
        let b = w.as_bytes();
        self.words.iter().any(|x| b.len() > x.len() + 2 && b[..x.len()].eq_ignore_ascii_case(x.as_bytes()))
    }

    /// The class has no word (a language without this construction).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }

    /// Where a member stands as whole words in the lower-cased `hay` (a phrase class:
    /// "in return for"): `(start, end)` byte offsets, member by member in class order, each
    /// member's left to right.
    pub fn phrases_in<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = (usize, usize)> + 'h {
        let word_at = |i: usize, before: bool| {
            if before {
                hay[..i].chars().next_back().is_some_and(char::is_alphanumeric)
            } else {
                hay[i..].chars().next().is_some_and(char::is_alphanumeric)
            }
        };
        self.finders.iter().zip(&self.words).flat_map(move |(f, w)| {
            f.find_iter(hay.as_bytes()).map(move |i| (i, i + w.len())).filter(move |&(i, e)| !word_at(i, true) && !word_at(e, false))
        })
    }

    /// Lower-cased, trimmed, without blanks or repeats (first occurrence kept).
    fn normalized(&self) -> Words {
        let mut out: Vec<String> = Vec::with_capacity(self.words.len());
        for w in &self.words {
            let w = w.trim().to_lowercase();
            if !w.is_empty() && !out.contains(&w) {
                out.push(w);
            }
        }
        Words::from(out)
    }
}

impl Merge for Words {
    fn merge(&mut self, other: Self) {
        let mut words = std::mem::take(&mut self.words);
        for w in other.words {
            if !words.contains(&w) {
                words.push(w);
            }
        }
        *self = Words::from(words);
    }
}

macro_rules! grammar {
    ($( $(#[doc = $d:literal])* $f:ident ),* $(,)?) => {
        /// Per-language function words (`[languages.<code>.grammar]`); see the module
        /// documentation. Every field is a list of words; all default to empty.
        #[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
        #[serde(deny_unknown_fields)]
        pub struct Grammar {
            $( $(#[doc = $d])* #[serde(default)] pub $f: Words, )*
        }

        impl Merge for Grammar {
            fn merge(&mut self, other: Self) {
                $( self.$f.merge(other.$f); )*
            }
        }

        impl Grammar {
            /// Every class lower-cased and without repeats, as the rules read it.
            pub fn normalized(&self) -> Grammar {
                Grammar { $( $f: self.$f.normalized(), )* }
            }

            /// The class names, in declaration order (the keys of the TOML table).
            #[cfg(test)]
            pub const CLASSES: &'static [&'static str] = &[$( stringify!($f), )*];

            /// Every class with its name, in declaration order.
            #[cfg(test)]
            pub fn classes(&self) -> Vec<(&'static str, &Words)> {
                vec![$( (stringify!($f), &self.$f), )*]
            }
        }
    };
}

grammar! {
    /// Words that join the parts of one speaker description ("Minister of Foreign
    /// Affairs", "Menteri Luar Negeri untuk ...", "the spokesman at the embassy").
    description_glue,
    /// The token after an apostrophe that makes a possessive ("South Korea's").
    possessive_endings,
    /// Prepositions before the object of an interview ("In an interview with broadcaster
    /// SBS, Shin said", "Berbicara kepada stasiun televisi SBS"): that object is no speaker.
    interview_prepositions,
    /// A clock word before the place that names the time zone ("Rabu waktu Washington").
    clock_before_place,
    /// A clock word after the place ("Wednesday, Washington time").
    clock_after_place,
    /// The pronoun that refers to a body, state or outlet ("it").
    neuter_pronouns,
    /// Pronouns that refer to a person ("he", "she", "ia", "dia", "beliau").
    personal_pronouns,
    /// Plural pronouns ("they", "mereka"): after coordinated speakers ("U.S. and NATO
    /// officials said they could not confirm"), every one of them.
    plural_pronouns,
    /// Nouns for a speaker's own side when the speaker owns them ("his Government",
    /// "pemerintahnya", "her delegation").
    own_side,
    /// Titles of a body of several members ("panel", "committee", "komite"): a definite
    /// one ("the panel said") that names no speaker or body before it refers to no single
    /// person who spoke last.
    collective_titles,
    /// Possessive pronouns of a person that own an `own_side` noun ("his", "her").
    owner_pronouns,
    /// Clitic pronouns at a word's end (Indonesian "-nya"): a noun of `own_side` with
    /// one is the speaker's own side ("pemerintahnya"), an inverted speech verb with one
    /// carries the last speaker on ("..., tambahnya."). Word endings.
    pronoun_clitics,
    /// Words right after a speech verb that open its object ("said the government",
    /// "mengatakan bahwa pemerintah"): a bare `government` there is the speaker's own.
    speech_object_openers,
    /// The noun for a speaker's government ("government", "pemerintah").
    government,
    /// Possessive pronouns of a body or state ("its spokeswoman", "their envoy").
    body_possessives,
    /// Prepositions after a title that name where an office sits ("envoy to the UN",
    /// "delegation at a UN committee", "ambassador in Moscow").
    office_place_prepositions,
    /// Prepositions after a title that name what the office is of ("Minister of Defence").
    office_of,
    /// Prepositions before a place that a named person is in ("Victor Cha di Seoul").
    location_prepositions,
    /// Words before the state an office deals with ("Direktur Jenderal Urusan AS",
    /// "director general for US affairs").
    office_topic,
    /// Words after the state an office deals with ("department of U.S. affairs").
    office_topic_after,
    /// Titles of a post held at an organisation, right after its name ("UN ambassador",
    /// "U.N. envoy"): the holder speaks for the state that posted them, not for the body.
    posting_titles,
    /// Words of an academic body's name ("university", "institute"): a state named
    /// inside one is no speaker's state.
    academic,
    /// Prepositions that open an event phrase between a subject and its verb ("dalam
    /// rapat tertutup", "at a briefing").
    event_prepositions,
    /// Titles of people who speak for no state ("analyst", "professor", "pengamat"): such
    /// an office never takes the state of the sentence before.
    independent_titles,
    /// Lawmakers, who report their intelligence briefings ("lawmaker", "parlemen").
    lawmakers,
    /// Prepositions before the other party of an event ("in a briefing to lawmakers",
    /// "dalam rapat dengan parlemen").
    event_objects,
    /// Relative pronouns ("that", "which", "who", "whose", "yang").
    relative_pronouns,
    /// A relative pronoun that makes its antecedent the possessor ("whose ministry said").
    possessive_relatives,
    /// Relative pronouns for things ("that", "which", "yang").
    thing_relatives,
    /// Relative pronouns of a non-restrictive clause after a comma ("..., which Moscow
    /// denied", "..., yang dibantah Moskow").
    nonrestrictive_relatives,
    /// The first word of a correlative pair ("both ... and", "baik ... maupun").
    correlatives,
    /// Conjunctions that coordinate speakers ("and", "dan", "serta", "maupun").
    conjunctions,
    /// Conjunctions that chain one speaker's verbs ("and", "dan", "lalu", "kemudian").
    sequence_conjunctions,
    /// Contrast conjunctions ("but", "namun").
    contrast_conjunctions,
    /// Adverbs that set a sentence against the one before ("however", "namun"): a
    /// reference in it to "the transfers" answers that sentence, not the story's lead.
    contrast_adverbs,
    /// Words that open a clause after a comma ("which", "but", "while", "namun").
    clause_openers,
    /// Words that open a question put to the speaker before the answer ("Asked whether
    /// ..., he replied", "Ditanya soal ..., Peskov mengatakan"): the question is the
    /// answer's topic.
    question_openers,
    /// Words that open an example set off by commas inside a phrase ("including",
    /// "termasuk"): a question may hold one and still end at the comma before its answer's
    /// speaker ("Asked whether they discussed military cooperation, including arms
    /// supplies, Putin said ...").
    inclusion_words,
    /// Conjunctions that join two objects of one verb ("weapons or technology", "senjata
    /// atau teknologi"): a claim's object joined by one to another claim's is named as
    /// plainly as that one.
    object_joins,
    /// Conjunctions that open a subordinate clause ("when", "after", "ketika", "setelah"):
    /// such a clause before ", X said" frames X's statement; it is not X's content.
    subordinators,
    /// Words that open a parenthesis between a speaker and its verb ("X, in an
    /// interview, said", "X, dalam wawancara, mengatakan", "X, asked about it, said").
    parenthesis_openers,
    /// Amounts of time in such a parenthesis ("X, two days later, said").
    measures,
    /// Adverbs of sequence in such a parenthesis ("later", "earlier", "kemudian").
    sequence_adverbs,
    /// Prepositions of direction or place ("to", "in", "from", "ke", "di", "dari").
    direction_prepositions,
    /// Speech participles ("saying", "adding"): after a comma, the subject of the clause
    /// before them speaks ("X raised the alarm on Friday, saying ..."); elsewhere they are
    /// no cue. Each must also be a `reporting` cue of the language.
    participle_speech,
    /// Verbs that name what their object is ("called the claims baseless", "menyebut"):
    /// an accusation right after one is the object, not a statement of its own.
    naming_verbs,
    /// Prepositions after a speech verb that name its topic ("asked about", "ditanya
    /// soal"): the statement's scope starts there.
    topic_prepositions,
    /// Nouns for a question put to a speaker ("questions", "pertanyaan"): a speech verb
    /// whose object is one ("answered questions about the troops", "menjawab pertanyaan
    /// soal pasukan Korut") names a topic, not what the speaker said.
    question_nouns,
    /// Nouns of a side topic a speaker may decline to discuss ("pact", "treaty", "visit",
    /// "pakta", "kunjungan"): a hedge about one ("declined to comment on the pact") takes
    /// no claim of the context.
    side_topics,
    /// Objects that make a claim's action an ordinary one ("sharing information",
    /// "providing details", "berbagi informasi"): an action followed by one (maybe after
    /// an article) names no claim by itself.
    plain_objects,
    /// Prepositions before a beneficiary ("support for Russia's war", "dukungannya bagi
    /// perang ilegal Rusia"): an action right before one whose phrase names the claim's
    /// agent runs the other way, and names no claim by itself.
    benefit_prepositions,
    /// Words that may stand between a passive cue and its agent ("by the", "oleh
    /// pihak").
    agent_markers,
    /// Words of saying more ("elaborate", "further", "lebih jauh"): a hedge in a scope with
    /// one, right after the speaker's own stance on the claim, declines to add to it and
    /// takes no stance. Phrases, matched as whole words in lower case.
    elaboration_words,
    /// Infinitive markers ("to"): after a reference noun, what it refers to is spelled out
    /// ("Moscow's claim to have retaken Kursk").
    infinitive_markers,
    /// Verbs that hand a task to their object ("asked", "urged", "called on"): a speech cue
    /// after one and an infinitive marker is the object's, not the subject's ("Seoul urged
    /// the regime to confirm"), so no purpose clause reaches past one.
    directive_verbs,
    /// Verbs of estimating ("memperkirakan", "memprediksi"): one whose content speaks of what
    /// will happen (`future_modals`) forecasts a claim and hedges it ("NIS memperkirakan
    /// Pyongyang bakal meminta imbalan berupa alih teknologi").
    estimate_verbs,
    /// Future modals ("akan", "bakal").
    future_modals,
    /// Words of more of the same ("more", "lebih banyak"): a hedge on a claim's action with
    /// one after it worries about more of what happened ("concerned that North Korea is
    /// planning to deliver more military equipment"), a weak hedge that the side's own
    /// assertion of the claim outweighs (not one that asks whether: `open_questions`).
    /// Phrases, matched as whole words in lower case.
    more_words,
    /// Nouns of evidence found ("memos", "catatan"): a hedge verb whose clause opens with one
    /// ("memos found on dead soldiers suggested ...") reports what the evidence shows, a weak
    /// hedge that the side's own assertion of the claim outweighs.
    evidence_nouns,
    /// Words that open an embedded question ("whether", "apakah"): "watching closely whether
    /// Moscow would hand over more sensitive technology" does not know, it is no worry
    /// about more.
    open_questions,
    /// Determiners of any instance ("any", "setiap"): a claim named right after one ("any
    /// arms transfer would violate ...") is a hypothesis and asserts nothing.
    any_words,
    /// Free relative pronouns ("what"): a pronoun after one ("in what it described as")
    /// refers to the speaker of its sentence.
    free_relatives,
    /// Prepositions of a source ("from", "dari"): a party after one, behind a verb of
    /// receiving, is the giver ("convicts recruited from Russian prisons"), not the
    /// receiver as a passive's agent.
    source_prepositions,
    /// Auxiliaries: "that" before one is a demonstrative, not a complementizer ("that is
    /// left to be seen").
    auxiliaries,
    /// Complementizers that open a reported proposition ("that", "bahwa").
    complementizers,
    /// Phrases that join two reported propositions ("and that", "dan bahwa"): a weak
    /// hedge on one side does not reach a claim on the other. Phrases, matched as words.
    proposition_joins,
    /// Phrases that make what follows the price of an exchange ("in return for", "sebagai
    /// imbalan atas"): a claim named right after one is taken as given, so a hedge or a
    /// denial of the exchange does not reach it ("cannot confirm whether Pyongyang received
    /// Russian technology in return for the troops"). Phrases, matched as words.
    exchange_phrases,
    /// Phrases that negate a topic, not a claim ("no longer about", "bukan lagi soal"): a
    /// claim right after one is not spoken of ("Ini bukan lagi soal transfer senjata").
    /// Phrases, matched as words.
    topic_negations,
    /// Phrases that point back to a time the text gave before ("at the time", "saat
    /// itu"): a statement they frame, with no date of its own, takes the last date the text
    /// gave before them. Phrases, matched as words.
    then_phrases,
    /// Phrases of a long stretch of time ("for months", "selama berbulan-bulan"): a hedge
    /// after one in its sentence sums up how a side behaved over it ("Selama berbulan-bulan,
    /// Moskow dan Pyongyang memilih bungkam") and is no statement. Phrases, matched as words.
    duration_phrases,
    /// Words that open a sentence echoing the one before ("Senada", "Likewise"): a stance
    /// there that names no claim takes the claim of the last stance of the same kind just
    /// before ("Rutte ... belum dapat mengonfirmasi ... Senada, ... Washington belum bisa
    /// memverifikasi laporan NIS"). Phrases, matched as words.
    echo_openers,
    /// Prepositions before a time ("on Monday", "pada Senin (21/10)"): a time with one
    /// between two words of a clause ("declined on Monday to comment", "menolak pada Senin
    /// untuk berkomentar") is read past, as if absent, when cue and claim phrases are
    /// matched.
    time_prepositions,
    /// Words that open a reference to two parties named before ("keduanya", "kedua negara",
    /// "both countries", "the two governments"): the states coordinated in the sentence
    /// before (or two before) speak, each of them.
    dual_words,
    /// Parts of the words for an accusation ("accus", "tuduh"): a reference to "the
    /// accusations" is to the claim of the last accusation. Matched inside a word.
    accusation_stems,
    /// Prepositions before a claim's agent ("by", "oleh", "dari"): `senjata oleh Korut`.
    agent_prepositions,
    /// Prepositions before a claim's recipient ("to", "into", "ke", "kepada").
    recipient_prepositions,
    /// Verbs of quoting ("quoted", "cited"): with an agent preposition, names and a
    /// manner word after them ("was quoted by Reuters as saying") the names are a relay,
    /// read past in the speech cue.
    quoted_verbs,
    /// Words that introduce the manner of a quotation ("as" in "quoted by Reuters as
    /// saying").
    manner_words,
    /// Nouns for a gathering named after a body ("summit", "KTT"): the body named right
    /// beside one ("the BRICS summit", "KTT BRICS") is the event, no speaker.
    event_nouns,
    /// Nouns for a side's admission ("confirmation", "pengakuan"): a verb that rejects one
    /// ("slammed the confirmation") takes what was admitted as true.
    admission_nouns,
    /// Nouns for a side's denial ("denials", "bantahan"): one owned by another state named
    /// with it ("bantahan Pyongyang", "Pyongyang's denials") is no stance of the speaker.
    denial_nouns,
    /// Denial cues that distance the writer from a label ("so-called", "apa yang
    /// disebut"): one before words that name no claim ("so-called shadow fleet") is no
    /// stance. Phrases, compared with the whole cue.
    distancing_modifiers,
    /// Denials of any relation ("nothing to do with", "tidak ada hubungannya dengan"): one
    /// whose object names no claim, no reference to one and no pronoun ("the veto had nothing
    /// to do with the panel's methods") denies nothing of the context. Phrases.
    relation_phrases,
    /// Prepositions that open the writer's note on a statement ("without", "tanpa"): a
    /// denial cue opening with one and set off by commas right after the speaker's verb
    /// ("Zelensky said, without providing evidence, that ...") is no stance of the speaker.
    note_prepositions,
    /// Words that stand for a clause already said ("so", "it", "this"): a deny verb's
    /// gerund object followed by one ("denied doing so") refers back; one followed by a
    /// plain word states a proposition of its own ("denied targeting civilians").
    pro_forms,
    /// Verbs that take up what another side said ("echoed", "repeated", "backed"): the
    /// owners between one and a claim noun are read past when cue phrases are matched
    /// ("echoed the US charge" is "echoed the charge"). Empty where owners follow the noun
    /// ("menggemakan tuduhan AS itu").
    endorse_verbs,
    /// Articles before the owners of a claim noun ("the" in "echoed the US charge"). Empty
    /// where owners follow their noun ("tuduhan AS itu", "tentara bayaran Rusia"): only there
    /// is a state right after an object noun that object's owner; elsewhere it opens a
    /// relative clause ("the shells Russia fires").
    owner_articles,
    /// Nouns for what a side has said ("accusation", "charge", "claims"), after their
    /// owners or an owner's possessive ("echoed Washington's accusation").
    claim_nouns,
    /// Nouns after which a recipient preposition names what is reached, not where an
    /// action goes ("access to military technology", "akses ke teknologi militer"): an
    /// object after them is what is given.
    access_nouns,
    /// Words after a speaker that name the source it relays ("citing", "quoting",
    /// "mengutip"): a speaker of no state speaks for the source's ("\"...,\" Lee said,
    /// citing the NIS"). Phrases, matched as words.
    citing_words,
    /// Nouns for a published statement ("statement", "communique"): a speech participle
    /// right after one speaks for the subject without a comma ("Kim Yo Jong issued a
    /// statement saying ...", "released a statement denying that ...").
    statement_nouns,
    /// Nouns of a document that speaks for its author ("report", "assessment", "laporan"):
    /// such a noun heads a speaker's phrase ("the UN report said", "laporan PBB menyebut"),
    /// which speaks for the actor it names.
    document_nouns,
    /// Openings of a sentence that refer back to the statement just made ("The statement",
    /// "Pernyataan itu", "Pengakuan tersebut"): followed by a verb of its delivery, they date
    /// the statements of the sentence before ("... mengakui telah mengerahkan tentaranya.
    /// Pengakuan itu disampaikan ... pada Senin, 28 April 2025").
    statement_recalls,
    /// Verbs of a statement's delivery after a [`Grammar::statement_recalls`] opening, within
    /// its next three words ("disampaikan", "was carried", "were made").
    delivery_verbs,
    /// Phrases of a statement several parties sign ("joint statement", "pernyataan bersama"):
    /// a cue that holds one speaks for every state or body named before it in its sentence.
    joint_statements,
    /// Prepositions that set something aside ("beyond", "besides", "selain"): the claim
    /// words of a phrase opening a sentence with one, up to its comma, are not what the
    /// sentence says ("Beyond soldiers, North Korea is accused ... of supplying shells").
    aside_prepositions,
    /// Endings of a participle that opens a clause after a comma ("..., possibly
    /// containing ..."): a weak hedge there is about the detail. Word endings.
    participle_endings,
    /// Endings of a past participle that opens a clause set off by commas after a subject
    /// ("The Multilateral Sanctions Monitoring Team, created after Moscow vetoed the UN's own
    /// expert panel, says ..."): the subject before the clause speaks. Word endings.
    past_participle_endings,
    /// Endings of a verb in the present tense ("believes", "says"): a statement in the
    /// present holds on the article's day, not on the day of the story's last dated
    /// statement. Word endings; a language without tense leaves it empty.
    present_endings,
    /// Prefixes of a passive verb that takes its agent right after it, with no
    /// preposition ("rudal Korut telah diluncurkan Rusia"): a party there after a
    /// receiving verb is the receiver. Word beginnings; a language whose passive needs a
    /// preposition ("fired by Russia": `agent_markers`) leaves it empty.
    passive_prefixes,
    /// Clitics a cue word may carry ("-nya", "-lah", "-kah"). Word endings.
    clitics,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_one_token_ignoring_case() {
        let w = Words::from(vec!["Whose".to_string(), " yang ".into(), "für".into(), "yang".into()]).normalized();
        assert_eq!(w.iter().collect::<Vec<_>>(), ["whose", "yang", "für"]);
        for (tok, want) in [("whose", true), ("WHOSE", true), ("Yang", true), ("Für", true), ("FÜR", true), ("who", false), ("yangs", false), ("", false)] {
            assert_eq!(w.has(tok), want, "{tok}");
        }
    }

    #[test]
    fn a_class_merges_without_repeats() {
        let mut a: Grammar = toml::from_str("conjunctions = [\"and\", \"dan\"]").unwrap();
        a.merge(toml::from_str("conjunctions = [\"dan\", \"serta\"]\nclitics = [\"nya\"]").unwrap());
        assert_eq!(a.conjunctions.iter().collect::<Vec<_>>(), ["and", "dan", "serta"]);
        assert_eq!(a.clitics.iter().collect::<Vec<_>>(), ["nya"]);
        assert!(toml::from_str::<Grammar>("conjuctions = [\"and\"]").is_err(), "a misspelt class is an error");
    }

    #[test]
    fn the_default_languages_fill_every_class() {
        let lex = crate::lexicon::Lexicon::default_ref();
        let (en, id) = (&lex.languages["en"].grammar, &lex.languages["id"].grammar);
        assert_eq!(en.classes().len(), Grammar::CLASSES.len());
        for ((class, e), (_, i)) in en.classes().into_iter().zip(id.classes()) {
            assert!(e.iter().count() + i.iter().count() > 0, "no default language has words for the class {class}");
        }
        assert!(en.relative_pronouns.has("Whose") && id.relative_pronouns.has("yang") && !en.relative_pronouns.has("yang"));
    }
}
