//! The lexicon: actors, claims and per-language vocabulary, all data.
//!
//! A lexicon is one or more TOML files of this shape (any part may be absent):
//!
//! ```toml
//! [[actors]]
//! id = "PRK"                 # states: ISO 3166-1 alpha-3; IGOs: UN, NATO, EU ...
//! name = "North Korea"
//! kind = "state"             # state | igo | person | organization | media
//! country = "PRK"            # the state the actor speaks for; omit for non-state
//! aliases.id = ["Korea Utara", "Korut", "Pyongyang"]
//! aliases.en = ["North Korea", "Pyongyang", "North Korean"]
//! [[actors.roles]]           # optional: whom a person speaks for, and when
//! title = "spokesperson"
//! country = "USA"
//! start = "2022-05-01"
//! end = "2025-01-20"
//!
//! [[claims]]                 # see `extract::ClaimDef`
//! [languages.id.dates]       # see `time::DateVocab`
//! [languages.id.text]        # see `clean::TextVocab`
//! [languages.id.cues]        # see `extract::CueVocab`
//! [languages.id.grammar]     # see `extract::Grammar`
//! ```
//!
//! Loading validates everything and fails with [`ErrorKind::Lexicon`] errors that
//! name the file, the line and what to change. The default lexicon is every file
//! under `python/klaim/data/lexicon/`, embedded at build time.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, ErrorKind, Result};

mod default_files {
    include!(concat!(env!("OUT_DIR"), "/default_lexicon.rs"));
}

/// Combining two parts of a lexicon: lists are concatenated, scalars of `other`
/// win when set.
pub trait Merge {
    fn merge(&mut self, other: Self);
}

impl<T> Merge for Vec<T> {
    fn merge(&mut self, other: Self) {
        self.extend(other);
    }
}

impl<T: Merge> Merge for Option<T> {
    fn merge(&mut self, other: Self) {
        match (self.as_mut(), other) {
            (Some(a), Some(b)) => a.merge(b),
            (None, Some(b)) => *self = Some(b),
            (_, None) => {}
        }
    }
}

impl<K: Ord, V: Merge> Merge for BTreeMap<K, V> {
    fn merge(&mut self, other: Self) {
        for (k, v) in other {
            match self.get_mut(&k) {
                Some(a) => a.merge(v),
                None => {
                    self.insert(k, v);
                }
            }
        }
    }
}

/// What kind of actor speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    State,
    Igo,
    Person,
    Organization,
    Media,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Igo => "igo",
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Media => "media",
        }
    }
}

/// A period in which a person speaks for a state.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleDef {
    #[serde(default)]
    pub title: Option<String>,
    pub country: String,
    /// ISO date the role began; absent = since ever.
    #[serde(default)]
    pub start: Option<String>,
    /// ISO date the role ended (inclusive); absent = still in office.
    #[serde(default)]
    pub end: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorDef {
    id: Spanned<String>,
    name: String,
    kind: ActorKind,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    aliases: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    roles: Vec<RoleDef>,
}

/// A role with parsed dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub title: Option<String>,
    pub country: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

/// A validated actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    /// Alpha-3 of the state it speaks for (or the IGO id for IGOs); None for non-state actors.
    pub country: Option<String>,
    /// Aliases per language code; the key `all` applies to every language.
    pub aliases: BTreeMap<String, Vec<String>>,
    pub roles: Vec<Role>,
    /// Where it was defined: `file:line`.
    pub origin: String,
}

impl Actor {
    /// The state (or IGO) this actor speaks for on `date`.
    ///
    /// A role covering `date` wins; with roles but none covering `date`, the
    /// actor's own `country` (often None: Kirby after leaving office is not USA).
    /// With `date` unknown, the roles' country when they all agree, else `country`.
    pub fn country_at(&self, date: Option<NaiveDate>) -> Option<&str> {
        if self.roles.is_empty() {
            return self.country.as_deref();
        }
        match date {
            Some(d) => self
                .roles
                .iter()
                .find(|r| r.start.is_none_or(|s| s <= d) && r.end.is_none_or(|e| d <= e))
                .map(|r| r.country.as_str())
                .or(self.country.as_deref()),
            None => {
                let first = &self.roles[0].country;
                if self.roles.iter().all(|r| &r.country == first) {
                    Some(first.as_str())
                } else {
                    self.country.as_deref()
                }
            }
        }
    }

    /// All aliases that apply to `lang` (its own and the `all` ones); every
    /// language's aliases when `lang` is None.
    pub fn aliases_for<'a>(&'a self, lang: Option<&'a str>) -> impl Iterator<Item = &'a str> + 'a {
        self.aliases
            .iter()
            .filter(move |(k, _)| lang.is_none_or(|l| k.as_str() == l || k.as_str() == "all"))
            .flat_map(|(_, v)| v.iter().map(String::as_str))
    }
}

/// Everything a language contributes, each part owned by its stage.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageData {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub dates: crate::time::DateVocab,
    #[serde(default)]
    pub text: crate::clean::TextVocab,
    #[serde(default)]
    pub cues: crate::extract::CueVocab,
    #[serde(default)]
    pub grammar: crate::extract::Grammar,
}

impl Merge for LanguageData {
    fn merge(&mut self, other: Self) {
        if other.name.is_some() {
            self.name = other.name;
        }
        self.dates.merge(other.dates);
        self.text.merge(other.text);
        self.cues.merge(other.cues);
        self.grammar.merge(other.grammar);
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    #[serde(default)]
    actors: Vec<ActorDef>,
    #[serde(default)]
    claims: Vec<crate::extract::ClaimDef>,
    #[serde(default)]
    languages: BTreeMap<String, LanguageData>,
    /// `[aliases.<actor id>]`: `<lang> = [...]` aliases added to an actor defined elsewhere.
    #[serde(default)]
    aliases: BTreeMap<Spanned<String>, BTreeMap<String, Vec<String>>>,
    /// `[terms.<claim id>.<lang>]`: terms added to a claim defined elsewhere.
    #[serde(default)]
    terms: BTreeMap<Spanned<String>, BTreeMap<String, crate::extract::ClaimTerms>>,
}

/// Aliases or claim terms a file adds to an actor or claim defined in another file
/// (`[aliases.PRK]`, `[terms.prk_arms_to_rus.de]`): how a new language reaches the
/// actors and claims that already exist.
#[derive(Debug, Clone)]
pub enum Addition {
    Aliases { at: String, actor: String, lang: String, aliases: Vec<String> },
    Terms { at: String, claim: String, lang: String, terms: crate::extract::ClaimTerms },
}

impl Addition {
    fn at(&self) -> &str {
        match self {
            Addition::Aliases { at, .. } | Addition::Terms { at, .. } => at,
        }
    }
}

/// A validated lexicon: actors, claims and languages.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub actors: Vec<Actor>,
    pub claims: Vec<crate::extract::ClaimDef>,
    pub languages: BTreeMap<String, LanguageData>,
    /// The files it was built from, in order.
    pub sources: Vec<String>,
    /// Additions whose actor or claim this lexicon does not define (yet): applied when a
    /// lexicon that defines it is extended with this one; compiling a lexicon with any
    /// left fails ([`Lexicon::check_complete`]).
    pub pending: Vec<Addition>,
}

fn line_of(text: &str, byte: usize) -> usize {
    Lines::new(text).of(byte)
}

/// Line numbers of byte offsets in one text (one scan, then a binary search per offset).
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Lines {
        Lines(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i).collect())
    }
    /// The 1-based line of `byte`.
    fn of(&self, byte: usize) -> usize {
        self.0.partition_point(|&nl| nl < byte) + 1
    }
}

fn parse_day(s: &str, origin: &str, what: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
        Error::lexicon(format!("{origin}: {what} {s:?} is not a date; write it as YYYY-MM-DD"))
    })
}

fn is_alpha3(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

impl Lexicon {
    /// The lexicon that ships with klaim (parsed once, then shared).
    ///
    /// Panics only if the embedded files are invalid, which the test suite rules out.
    pub fn default_ref() -> &'static Lexicon {
        static DEFAULT: OnceLock<Lexicon> = OnceLock::new();
        DEFAULT.get_or_init(|| {
            let mut lex = Lexicon::default();
            for (name, text) in default_files::DEFAULT_FILES {
                let part = Lexicon::from_toml_str(text, name)
                    .unwrap_or_else(|e| panic!("default lexicon is invalid: {e}"));
                lex.extend(part).unwrap_or_else(|e| panic!("default lexicon is invalid: {e}"));
            }
            lex
        })
    }

    /// Reads and validates one lexicon file.
    ///
    /// Fails with `ErrorKind::NotFound` when the file is missing and
    /// `ErrorKind::Lexicon` (naming file and line) when it is invalid.
    pub fn from_file(path: &Path) -> Result<Lexicon> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            let kind = if e.kind() == std::io::ErrorKind::NotFound { ErrorKind::NotFound } else { ErrorKind::Lexicon };
            Error::new(kind, format!("{}: cannot read lexicon file: {e}", path.display()))
        })?;
        Lexicon::from_toml_str(&text, &path.display().to_string())
    }

    /// Parses and validates lexicon TOML; `origin` names the file in errors.
    pub fn from_toml_str(text: &str, origin: &str) -> Result<Lexicon> {
        let file: LexiconFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            let msg = e.message().trim().to_string();
            let hint = if msg.contains("unknown field") { " (check the spelling against the lexicon format)" } else { "" };
            match line {
                Some(l) => Error::lexicon(format!("{origin}:{l}: {msg}{hint}")),
                None => Error::lexicon(format!("{origin}: {msg}{hint}")),
            }
        })?;
        let lines = Lines::new(text);
        let mut actors = Vec::with_capacity(file.actors.len());
        for a in file.actors {
            let at = format!("{origin}:{}", lines.of(a.id.span().start));
            let id = a.id.into_inner();
            if id.trim().is_empty() {
                return Err(Error::lexicon(format!("{at}: actor id is empty")));
            }
            if a.kind == ActorKind::State {
                if !is_alpha3(&id) {
                    return Err(Error::lexicon(format!(
                        "{at}: state actor id {id:?} must be its ISO 3166-1 alpha-3 code (e.g. \"PRK\")"
                    )));
                }
                if a.country.as_deref().is_some_and(|c| c != id) {
                    return Err(Error::lexicon(format!(
                        "{at}: state {id:?} has country {:?}; a state speaks for itself (drop `country` or set it to {id:?})",
                        a.country.as_deref().unwrap_or_default()
                    )));
                }
            }
            if a.aliases.values().all(|v| v.is_empty()) {
                return Err(Error::lexicon(format!(
                    "{at}: actor {id:?} has no aliases; add e.g. aliases.en = [\"{}\"]",
                    a.name
                )));
            }
            for (lang, list) in &a.aliases {
                for alias in list {
                    if alias.trim().is_empty() {
                        return Err(Error::lexicon(format!("{at}: actor {id:?} has an empty alias in aliases.{lang}")));
                    }
                }
            }
            let mut roles = Vec::with_capacity(a.roles.len());
            for r in a.roles {
                let start = r.start.as_deref().map(|s| parse_day(s, &at, "role start")).transpose()?;
                let end = r.end.as_deref().map(|s| parse_day(s, &at, "role end")).transpose()?;
                if let (Some(s), Some(e)) = (start, end) {
                    if e < s {
                        return Err(Error::lexicon(format!("{at}: role of {id:?} ends ({e}) before it starts ({s})")));
                    }
                }
                roles.push(Role { title: r.title, country: r.country, start, end });
            }
            let country = match a.kind {
                ActorKind::State => Some(id.clone()),
                ActorKind::Igo => Some(a.country.unwrap_or_else(|| id.clone())),
                _ => a.country,
            };
            actors.push(Actor { id, name: a.name, kind: a.kind, country, aliases: a.aliases, roles, origin: at });
        }
        let mut claims = file.claims;
        for c in &mut claims {
            c.validate(text, origin)?;
            c.origin = format!("{origin}:{}", lines.of(c.id.span().start));
        }
        let mut pending = Vec::new();
        for (actor, by_lang) in file.aliases {
            let at = format!("{origin}:{}", lines.of(actor.span().start));
            let actor = actor.into_inner();
            for (lang, aliases) in by_lang {
                if aliases.iter().any(|a| a.trim().is_empty()) {
                    return Err(Error::lexicon(format!("{at}: [aliases.{actor}] has an empty alias in {lang}")));
                }
                pending.push(Addition::Aliases { at: at.clone(), actor: actor.clone(), lang, aliases });
            }
        }
        for (claim, by_lang) in file.terms {
            let at = format!("{origin}:{}", lines.of(claim.span().start));
            let claim = claim.into_inner();
            for (lang, terms) in by_lang {
                terms.check(&at, &claim, &lang)?;
                pending.push(Addition::Terms { at: at.clone(), claim: claim.clone(), lang, terms });
            }
        }
        for (code, data) in &file.languages {
            data.cues.check(origin, code)?;
        }
        let mut lex = Lexicon { actors, claims, languages: file.languages, sources: vec![origin.to_string()], pending };
        lex.apply_pending();
        lex.check_unique()?;
        Ok(lex)
    }

    /// Applies every pending addition whose actor or claim this lexicon defines.
    fn apply_pending(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        for add in pending {
            match &add {
                Addition::Aliases { actor, lang, aliases, .. } => {
                    if let Some(a) = self.actors.iter_mut().find(|a| &a.id == actor) {
                        let list = a.aliases.entry(lang.clone()).or_default();
                        for x in aliases {
                            if !list.contains(x) {
                                list.push(x.clone());
                            }
                        }
                        continue;
                    }
                }
                Addition::Terms { claim, lang, terms, .. } => {
                    if let Some(c) = self.claims.iter_mut().find(|c| c.id() == claim) {
                        c.terms.entry(lang.clone()).or_default().merge(terms.clone());
                        continue;
                    }
                }
            }
            self.pending.push(add);
        }
    }

    /// Fails when an addition names an actor or claim this lexicon does not define
    /// (a language file loaded on its own instead of extending the default lexicon).
    pub fn check_complete(&self) -> Result<()> {
        match self.pending.first() {
            None => Ok(()),
            Some(add) => {
                let (what, table, id) = match add {
                    Addition::Aliases { actor, .. } => ("actor", "aliases", actor),
                    Addition::Terms { claim, .. } => ("claim", "terms", claim),
                };
                Err(Error::lexicon(format!(
                    "{}: [{table}.{id}] adds to the {what} {id:?}, which this lexicon does not define; extend a lexicon that defines it (klaim.Lexicon.default().extend(...)) or define the {what}",
                    add.at()
                )))
            }
        }
    }

    /// Adds `other` to this lexicon: new actors, claims and language data.
    ///
    /// Fails when an actor or claim id is defined twice, or an alias would
    /// name two actors; `self` is unchanged on failure.
    pub fn extend(&mut self, other: Lexicon) -> Result<()> {
        let mut merged = self.clone();
        merged.actors.extend(other.actors);
        merged.claims.extend(other.claims);
        Merge::merge(&mut merged.languages, other.languages);
        merged.sources.extend(other.sources);
        merged.pending.extend(other.pending);
        merged.apply_pending();
        merged.check_unique()?;
        *self = merged;
        Ok(())
    }

    fn check_unique(&self) -> Result<()> {
        let mut ids: HashMap<&str, &str> = HashMap::new();
        for a in &self.actors {
            if let Some(prev) = ids.insert(&a.id, &a.origin) {
                return Err(Error::lexicon(format!(
                    "{}: duplicate actor id {:?} (first defined at {prev}); give it another id or add its aliases to the first one",
                    a.origin, a.id
                )));
            }
        }
        // An alias names one actor per language; `all` aliases apply to every language.
        let mut aliases: HashMap<String, Vec<(&str, &Actor)>> = HashMap::new();
        for a in &self.actors {
            for (lang, list) in &a.aliases {
                for alias in list {
                    let seen = aliases.entry(alias.to_lowercase()).or_default();
                    for (plang, prev) in seen.iter() {
                        let same_language = *plang == lang.as_str() || *plang == "all" || lang == "all";
                        if prev.id != a.id && same_language {
                            return Err(Error::lexicon(format!(
                                "{}: alias {alias:?} ({lang}) of {:?} already names {:?} ({plang}, {}); an alias must name one actor, so remove it from one of them",
                                a.origin, a.id, prev.id, prev.origin
                            )));
                        }
                    }
                    seen.push((lang.as_str(), a));
                }
            }
        }
        let mut claim_ids: HashMap<&str, &str> = HashMap::new();
        for c in &self.claims {
            if let Some(prev) = claim_ids.insert(c.id(), &c.origin) {
                return Err(Error::lexicon(format!(
                    "{}: duplicate claim id {:?} (first defined at {prev}); rename one of them",
                    c.origin,
                    c.id()
                )));
            }
        }
        Ok(())
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// Language codes that have data, sorted.
    pub fn language_codes(&self) -> Vec<&str> {
        self.languages.keys().map(String::as_str).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_adds_aliases_and_terms_to_what_another_defines() {
        let add = "[aliases.PRK]\nde = [\"Nordkorea\"]\n\n[terms.prk_arms_to_rus.de]\naction = [\"lieferte\"]\nobject = [\"Waffen\"]\n";
        let part = Lexicon::from_toml_str(add, "de.toml").unwrap();
        assert_eq!(part.pending.len(), 2);
        let err = part.check_complete().unwrap_err().to_string();
        assert!(err.contains("de.toml:1: [aliases.PRK] adds to the actor \"PRK\""), "{err}");
        let mut lex = Lexicon::default_ref().clone();
        lex.extend(part).unwrap();
        assert!(lex.pending.is_empty());
        lex.check_complete().unwrap();
        assert_eq!(lex.actor("PRK").unwrap().aliases["de"], ["Nordkorea"]);
        let claim = lex.claims.iter().find(|c| c.id() == "prk_arms_to_rus").unwrap();
        assert_eq!(claim.terms["de"].object, ["Waffen"]);
        // an addition in the same file as its actor applies at once
        let own = "[[actors]]\nid = \"x\"\nname = \"X\"\nkind = \"person\"\naliases.en = [\"Xavier\"]\n[aliases.x]\nde = [\"Xaver\"]\n";
        let lex = Lexicon::from_toml_str(own, "x.toml").unwrap();
        assert!(lex.pending.is_empty() && lex.actor("x").unwrap().aliases["de"] == ["Xaver"]);
    }

    #[test]
    fn default_lexicon_loads() {
        let lex = Lexicon::default_ref();
        let _ = lex.language_codes();
    }

    #[test]
    fn actor_roles_pick_the_country_by_date() {
        let lex = Lexicon::from_toml_str(
            r#"
[[actors]]
id = "kirby"
name = "John Kirby"
kind = "person"
aliases.all = ["Kirby", "John Kirby"]
[[actors.roles]]
country = "USA"
start = "2022-05-01"
end = "2025-01-20"
"#,
            "t.toml",
        )
        .unwrap();
        let k = &lex.actors[0];
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(k.country_at(d(2022, 9, 22)), Some("USA"));
        assert_eq!(k.country_at(d(2025, 6, 1)), None);
        assert_eq!(k.country_at(None), Some("USA"));
    }

    #[test]
    fn invalid_files_name_file_and_line() {
        let cases: &[(&str, &str)] = &[
            ("[[actors]\nid = 1", "bad.toml:1"),
            ("[[actors]]\nid = \"PRK\"\nname = \"x\"\nkind = \"state\"\naliases.en = [\"x\"]\ncolour = 1\n", "unknown field"),
            ("[[actors]]\nid = \"Korea\"\nname = \"x\"\nkind = \"state\"\naliases.en = [\"x\"]\n", "alpha-3"),
            ("[[actors]]\nid = \"PRK\"\nname = \"x\"\nkind = \"planet\"\naliases.en = [\"x\"]\n", "unknown variant"),
            ("[[actors]]\nid = \"PRK\"\nname = \"x\"\nkind = \"state\"\n", "no aliases"),
            (
                "[[actors]]\nid = \"PRK\"\nname = \"x\"\nkind = \"state\"\naliases.en = [\"x\"]\n[[actors]]\nid = \"PRK\"\nname = \"y\"\nkind = \"state\"\naliases.en = [\"y\"]\n",
                "bad.toml:7: duplicate actor id",
            ),
            (
                "[[actors]]\nid = \"PRK\"\nname = \"x\"\nkind = \"state\"\naliases.en = [\"Korea\"]\n[[actors]]\nid = \"KOR\"\nname = \"y\"\nkind = \"state\"\naliases.en = [\"korea\"]\n",
                "already names",
            ),
        ];
        for (text, want) in cases {
            let err = Lexicon::from_toml_str(text, "bad.toml").unwrap_err();
            assert_eq!(err.kind, ErrorKind::Lexicon);
            assert!(err.message.contains(want), "{text:?}: {} lacks {want:?}", err.message);
        }
    }
}
