//! Table-driven tests of the extractor, lexicon tests, and the seed articles.

use std::collections::BTreeSet;

use super::*;
use crate::time::DocDates;

/// A simple sentence splitter for the tests (the real one is `clean`'s): ends at `.!?`
/// (optionally followed by a closing quote) before a space and an upper-case letter or
/// quote, and at line breaks.
pub(crate) fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let mut end = None;
        if c == '\n' {
            end = Some((b, b + 1));
        } else if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '\u{201D}' | '\u{2019}') {
                j += 1;
            }
            let e = chars.get(j).map_or(text.len(), |x| x.0);
            let next_word = chars[j..].iter().find(|x| !x.1.is_whitespace()).map(|x| x.1);
            let spaced = chars.get(j).is_some_and(|x| x.1.is_whitespace());
            if j >= chars.len() || (spaced && next_word.is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '\u{201C}'))) {
                end = Some((e, e));
            }
        }
        if let Some((e, next)) = end {
            let seg = &text[start..e];
            if !seg.trim().is_empty() {
                let lead = seg.len() - seg.trim_start().len();
                out.push((start + lead, e));
            }
            start = next;
        }
        i += 1;
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        let seg = &text[start..];
        let lead = seg.len() - seg.trim_start().len();
        out.push((start + lead, start + lead + seg.trim().len()));
    }
    out
}

fn extractor() -> &'static Extractor {
    use std::sync::OnceLock;
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new(Lexicon::default_ref()))
}

/// Extracts from `text`, dated as the pipeline dates it, against 2024-11-05.
pub(crate) fn run_with(text: &str, lang: &str, ex: &Extractor) -> Extraction {
    let sents = split(text);
    let day = chrono::NaiveDate::from_ymd_opt(2024, 11, 5).unwrap();
    let input = crate::time::DocDateInput { text, sentences: &sents, language: Some(lang), header_date: None, updated_date: None, field_date: None, rights_year: None, reference: Some(day), today: day };
    let dates = crate::time::date_document(&input, &crate::pipeline::Engine::default_ref().dates);
    extract(&DocInput { text, sentences: &sents, language: Some(lang), dates: &dates }, ex)
}

type Tuple = (Option<String>, String, String);

fn tuples(x: &Extraction) -> BTreeSet<Tuple> {
    x.stances.iter().map(|s| (s.country.clone(), s.claim.clone(), s.stance.as_str().to_string())).collect()
}

fn show(x: &Extraction) -> String {
    x.stances
        .iter()
        .map(|s| format!("  [{}] {:?} {:?} {} {} cue={:?} via={:?}", s.sentence, s.speaker, s.country, s.claim, s.stance.as_str(), s.cue, s.via))
        .collect::<Vec<_>>()
        .join("\n")
}

const A: &str = "prk_arms_to_rus";
const T: &str = "prk_troops_to_rus";
const K: &str = "rus_tech_to_prk";

/// (passage, language, expected (country, claim, stance) set)
type Case = (&'static str, &'static str, &'static [(Option<&'static str>, &'static str, &'static str)]);

const CASES: &[Case] = &[
    // ---- Indonesian: reported speech, quotes, carry-over
    ("Russia's defence ministry rejected reports that North Korean soldiers were fighting in Kursk as fake news.", "en", &[(Some("RUS"), T, "deny")]),
    ("South Korea's spy agency said North Korea has sent 1,500 special forces troops to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    // Apposition: the name before the comma speaks.
    ("Maria Zakharova, the foreign ministry spokeswoman, said Moscow had never bought shells from North Korea.", "en", &[(Some("RUS"), A, "deny")]),
    ("Maria Zakharova, juru bicara kementerian luar negeri, mengatakan Moskow tidak pernah membeli peluru dari Korea Utara.", "id", &[(Some("RUS"), A, "deny")]),
    // A deny verb governs the content that a later reporting verb attributes: one deny, no assert.
    ("Korea Utara membantah telah memasok senjata ke Rusia, kata juru bicara Kementerian Luar Negeri Korea Utara.", "id", &[(Some("PRK"), A, "deny")]),
    ("North Korea denied supplying weapons to Russia, a North Korean foreign ministry spokesman told KCNA.", "en", &[(Some("PRK"), A, "deny")]),
    ("Korea Utara mengatakan bahwa mereka tidak pernah melakukan transaksi senjata dengan Rusia.", "id", &[(Some("PRK"), A, "deny")]),
    ("Korea Utara pada Kamis (22/9) menegaskan, mereka tidak pernah memasok Rusia dengan senjata.", "id", &[(Some("PRK"), A, "deny")]),
    ("Juru bicara Gedung Putih John Kirby mengatakan Korea Utara secara diam-diam memasok peluru artileri kepada Rusia.", "id", &[(Some("USA"), A, "assert")]),
    ("\"Kami belum pernah mengekspor senjata atau amunisi ke Rusia sebelumnya,\" sebut KCNA.", "id", &[(Some("PRK"), A, "deny")]),
    ("“Kami tidak pernah melakukan transaksi senjata dengan Rusia,” kata seorang pejabat Kementerian Pertahanan Korea Utara.", "id", &[(Some("PRK"), A, "deny")]),
    ("Menurut Kementerian Pertahanan Korea Selatan, Korea Utara telah mengirim ribuan pasukan ke Rusia.", "id", &[(Some("KOR"), T, "assert")]),
    ("Korea Utara telah mengirim 10.000 tentara ke Rusia, menurut badan intelijen Korea Selatan.", "id", &[(Some("KOR"), T, "assert")]),
    ("Pekan lalu, pemimpin Ukraina Volodymyr Zelensky menuduh Korea Utara mengirimkan senjata dan personel militer ke Rusia.", "id", &[(Some("UKR"), A, "assert"), (Some("UKR"), T, "assert")]),
    ("Para pejabat Korea Selatan menuduh senjata-senjata yang dipasok oleh Korea Utara sudah digunakan di Ukraina.", "id", &[(Some("KOR"), A, "assert")]),
    ("AS telah menuduh Korea Utara memasok amunisi untuk mengisi kembali cadangan Rusia.", "id", &[(Some("USA"), A, "assert")]),
    ("Korea Utara menolak tuduhan bahwa mereka telah mengirim pasukan ke Rusia.", "id", &[(Some("PRK"), T, "deny")]),
    ("Menteri Luar Negeri Rusia Sergey Lavrov membantah klaim Amerika Serikat bahwa Korea Utara mengirim munisi ke Rusia.", "id", &[(Some("RUS"), A, "deny"), (Some("USA"), A, "assert")]),
    ("Menyangkal semua tuduhan Amerika Serikat (AS), Korea Utara menegaskan mereka tidak pernah memasok Rusia dengan senjata.", "id", &[(Some("PRK"), A, "deny"), (Some("USA"), A, "assert")]),
    ("Korea Utara telah membantah klaim Amerika bahwa negara itu mengirimkan peluru artileri dan amunisi ke Rusia. Korea Utara pada Selasa menuduh AS berbohong.", "id", &[(Some("PRK"), A, "deny"), (Some("USA"), A, "assert")]),
    ("Lavrov membantah bahwa Korea Utara memasok amunisi ke Rusia. \"Saya tidak mengomentari rumor,\" imbuhnya.", "id", &[(Some("RUS"), A, "deny")]),
    ("Seorang pejabat kementerian pertahanan Korea Utara menyebut tuduhan AS soal pasokan senjata ke Rusia sebagai rumor.", "id", &[(Some("PRK"), A, "deny"), (Some("USA"), A, "assert")]),
    ("Kirby mengatakan Korea Utara memasok peluru artileri ke Rusia. Seorang pejabat Korea Utara menyebut tuduhan itu sebagai rumor.", "id", &[(Some("USA"), A, "assert"), (Some("PRK"), A, "deny")]),
    ("Kabar adanya transaksi senjata antara Rusia dan Korea Utara pertama kali diungkapkan oleh wakil juru bicara Departemen Luar Negeri AS Vedant Patel.", "id", &[(Some("USA"), A, "assert")]),
    ("Vedant Patel mengatakan Rusia sedang membeli jutaan roket dan peluru artileri dari Korea Utara. Kirby menyebut belum ada indikasi pembelian senjata telah dilakukan.", "id", &[(Some("USA"), A, "assert"), (Some("USA"), A, "hedge")]),
    ("Juru bicara Kremlin Dmitry Peskov menolak spekulasi bahwa militer Korea Utara terlibat dalam permusuhan dengan Ukraina sebagai “cerita palsu”.", "id", &[(Some("RUS"), T, "deny")]),
    ("Peskov menolak laporan itu. Dia juga mengingat bahwa Pentagon tidak dapat mengkonfirmasi penempatan pasukan Korea Utara di Rusia.", "id", &[(Some("USA"), T, "hedge")]),
    // A subordinate clause before ", X verb" frames X's statement: it is not X's content.
    ("NIS mengatakan Korea Utara mengirim pasukan ke Rusia. Ketika NIS mengungkap pengiriman pasukan tersebut, juru bicara Kremlin Dmitry Peskov menyebut laporan itu sebagai hoaks.", "id", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("If true, the reports of North Korean troops in Russia are serious, Peskov said.", "en", &[(Some("RUS"), T, "hedge")]),
    // A contrast answers the sentence before it, not the story's lead claim.
    ("Putin said Russia would help North Korea build satellites. Kim Yo Jong called claims of arms dealings with Russia absurd. Washington, however, has published what it says is evidence of the transfers.", "en", &[(Some("RUS"), K, "assert"), (Some("PRK"), A, "deny"), (Some("USA"), A, "assert")]),
    // A phrase right after an object preposition is no subject of the verb after it.
    ("Seorang pejabat Kementerian Luar Negeri Korsel mengatakan Seoul belum bisa memastikan laporan pengiriman senjata Korut ke Rusia. Pejabat itu menyatakan pihaknya terus berkoordinasi erat dengan Washington untuk memantau kerja sama militer Pyongyang-Moskow.", "id", &[(Some("KOR"), A, "hedge")]),
    ("Pyongyang has long denied exporting weapons to Russia, with Kim Yo Jong dismissing such reports last year as \"absurd.\"", "en", &[(Some("PRK"), A, "deny")]),
    // A speech participle after a comma speaks for the clause's subject, once.
    ("South Korea's National Intelligence Service first raised the alarm on Friday, saying 1,500 North Korean special forces had been moved to Russia's Far East.", "en", &[(Some("KOR"), T, "assert")]),
    ("Ukraine's military intelligence published a video on Friday, adding that North Korean troops were training in Russia.", "en", &[(Some("UKR"), T, "assert")]),
    ("Russia denied the report, saying North Korea had not sent troops.", "en", &[(Some("RUS"), T, "deny")]),
    ("Saying it had no evidence, the Pentagon declined to confirm that North Korean troops were in Russia.", "en", &[(Some("USA"), T, "hedge")]),
    // A relay's object inside a parenthesis is no speaker: the head before it speaks.
    ("North Korea's foreign ministry, in a statement carried by KCNA on Thursday, denied supplying weapons to Russia.", "en", &[(Some("PRK"), A, "deny")]),
    ("Kementerian Luar Negeri Korut, dalam pernyataan yang dimuat KCNA pada Kamis malam, membantah telah memasok senjata ke Rusia.", "id", &[(Some("PRK"), A, "deny")]),
    // "ikut" (joining in) stands between a speaker and the verb.
    ("Gedung Putih mengatakan Korea Utara mengirim roket dan rudal ke Wagner. Bos Wagner Yevgeny Prigozhin ikut menepis kabar tersebut.", "id", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    // A refusal to comment on another speaker's announcement is about that speaker's claim.
    ("Shoigu mengatakan Korea Utara akan mengirim 1.000 tentara ke Kursk. Korea Utara juga memasok peluru artileri ke Rusia, kata Kirby. Departemen Luar Negeri AS menolak berkomentar soal pengumuman Shoigu.", "id", &[(Some("RUS"), T, "assert"), (Some("USA"), A, "assert"), (Some("USA"), T, "hedge")]),
    ("Shoigu said North Korea would send 1,000 soldiers to Kursk. North Korea also supplied shells to Russia, Kirby said. The State Department declined to comment on Shoigu's announcement.", "en", &[(Some("RUS"), T, "assert"), (Some("USA"), A, "assert"), (Some("USA"), T, "hedge")]),
    // Participation in the war, and units by another name, are the troops claim.
    ("Ukraine's foreign ministry said the confirmation proved that Pyongyang was \"a direct participant in Russia's aggression\".", "en", &[(Some("UKR"), T, "assert")]),
    ("North Korea's KCNA said its subunits had been deployed to Russia on the orders of Kim Jong Un.", "en", &[(Some("PRK"), T, "assert")]),
    // An office that names no state speaks for the state whose place opens the sentence.
    ("In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said North Korea had sent troops to Russia.", "en", &[(Some("JPN"), T, "assert")]),
    ("In South Korea, a senior defense official said North Korea had sent troops to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    ("Di Tokyo, Kepala Sekretaris Kabinet Yoshimasa Hayashi mengatakan Korea Utara telah mengirim pasukan ke Rusia.", "id", &[(Some("JPN"), T, "assert")]),
    ("In Moscow, a spokesman for the Ukrainian embassy said North Korea had sent troops to Russia.", "en", &[(Some("UKR"), T, "assert")]),
    // An apposition that names no actor leaves the word to the actor named before it.
    ("Kim Yo Jong, the leader's influential sister, called claims of arms dealings with Russia \"the most absurd paradox\".", "en", &[(Some("PRK"), A, "deny")]),
    ("Kim Yo Jong, the powerful sister of the leader, said North Korea had never sold arms to Russia.", "en", &[(Some("PRK"), A, "deny")]),
    ("Kim Yo Jong, a senior party official, said North Korea had never sold arms to Russia.", "en", &[(Some("PRK"), A, "deny")]),
    // An action alone after a post-positioned speaker names no claim: the speaker stands.
    ("The NIS said North Korea had shipped shells to Russia. It is believed to be seeking Russian help with its satellite programme in return, the agency added, without giving details.", "en", &[(Some("KOR"), A, "assert"), (Some("KOR"), K, "hedge")]),
    ("Ketika ditanya soal kabar transaksi senjata Korea Utara dengan Rusia, Peskov enggan berkomentar.", "id", &[(Some("RUS"), A, "hedge")]),
    // Accusing others of spreading the claim is denying it.
    ("Kim Yo Jong menuding kekuatan musuh sengaja menggulirkan isu transaksi senjata antara Korea Utara dan Rusia.", "id", &[(Some("PRK"), A, "deny")]),
    ("When South Korea's spy agency said North Korean troops were in Russia, Kremlin spokesman Dmitry Peskov dismissed the report as fake news.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    // A modal between the speaker and a multi-word cue; a pronoun inside a phrasal verb.
    ("Spokesman Dmitry Peskov on Tuesday would neither confirm nor deny that North Korean troops were in Kursk.", "en", &[(Some("RUS"), T, "hedge")]),
    ("The U.S. said North Korea had supplied ballistic missiles to Russia. Asked about the U.S. accusation, Kremlin spokesman Dmitry Peskov brushed it off.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("Pentagon tidak dapat mengkonfirmasi penempatan pasukan Korea Utara di Rusia.", "id", &[(Some("USA"), T, "hedge")]),
    ("“Kami menganggap langkah AS sebagai upaya permusuhan,” kata seorang wakil direktur di kantor urusan militer kementerian luar negeri Korea Utara. “Kami tidak pernah melakukan ‘transaksi senjata’ dengan Rusia,” kata wakil direktur itu.", "id", &[(Some("PRK"), A, "deny")]),
    ("Korea Utara dikabarkan telah mengirim ribuan tentara ke Rusia.", "id", &[(None, T, "hedge")]),
    ("Korea Utara disebut memasok rudal balistik ke Rusia.", "id", &[(None, A, "hedge")]),
    ("Kementerian Pertahanan Korea Selatan mengatakan kemungkinan Korea Utara mengirim pasukan ke Rusia.", "id", &[(Some("KOR"), T, "hedge")]),
    ("Rusia mengirimi pemimpin Korea Utara Kim Jong Un satu kereta penuh berisi 30 kuda.", "id", &[]),
    ("Korea Utara menembakkan rudal balistik ke Laut Jepang, kata Kepala Staf Gabungan Korea Selatan.", "id", &[]),
    ("Pyongyang mengatakan pihaknya menguji coba rudal dan artileri untuk menyerang target di Korea Selatan.", "id", &[]),
    ("Rusia mengirim pasukan tambahan ke Ukraina timur, kata Kementerian Pertahanan Inggris.", "id", &[]),
    ("Presiden Putin mengatakan kedua negara akan memperluas hubungan bilateral yang komprehensif.", "id", &[]),
    ("Juru bicara Dewan Keamanan Nasional Gedung Putih, John Kirby, mengatakan AS yakin Kim sedang mengincar teknologi-teknologi persenjataan canggih milik Rusia.", "id", &[(Some("USA"), K, "assert")]),
    ("Badan intelijen Korea Selatan mengatakan Rusia memberikan teknologi satelit kepada Korea Utara sebagai imbalan.", "id", &[(Some("KOR"), K, "assert")]),
    ("Kremlin membantah telah memberikan teknologi rudal kepada Korea Utara.", "id", &[(Some("RUS"), K, "deny")]),
    ("“Apa yang disebut sebagai transfer senjata antar negara berdaulat sama sekali tidak relevan,” kata diplomat Korea Utara itu.", "id", &[(Some("PRK"), A, "deny")]),
    ("Korea Selatan juga meningkatkan kekhawatiran atas dugaan pergerakan pasukan Pyongyang ke Rusia.", "id", &[(Some("KOR"), T, "hedge")]),
    ("Gedung Putih mengatakan pada pekan lalu bahwa Korea Utara sudah mengirimkan lebih dari 1.000 kontainer berisi peralatan militer dan persenjataan ke Rusia.", "id", &[(Some("USA"), A, "assert")]),
    ("Badan intelijen Ukraina melaporkan tentara Korea Utara tewas di Kursk.", "id", &[(Some("UKR"), T, "assert")]),
    ("Kantor berita KCNA melaporkan, Kim Jong Un bertemu Putin di Vladivostok.", "id", &[]),
    ("“Korea Utara jelas menggunakan perang Ukraina untuk mempererat hubungannya dengan Rusia,” kata Victor Cha.", "id", &[]),
    ("Duta besar Korea Utara untuk PBB mengatakan laporan pengiriman pasukan ke Rusia adalah berita palsu.", "id", &[(Some("PRK"), T, "deny")]),
    ("Wakil Menteri Pertahanan Korea Selatan mengonfirmasi bahwa Korea Utara telah mengerahkan pasukan ke wilayah Kursk.", "id", &[(Some("KOR"), T, "assert")]),
    ("Pejabat Jepang menyatakan tidak ada indikasi Korea Utara mengirim senjata ke Rusia.", "id", &[(Some("JPN"), A, "hedge")]),
    ("Rusia tidak pernah membeli senjata dari Korea Utara, ujar Peskov.", "id", &[(Some("RUS"), A, "deny")]),
    // A time between commas, or a time phrase, between the speaker and the verb.
    ("Juru bicara Kementerian Pertahanan Korea Selatan, Rabu pagi, mengatakan Korea Utara telah mengirim ribuan tentara ke Rusia.", "id", &[(Some("KOR"), T, "assert")]),
    ("Menteri Luar Negeri Jepang pada hari yang sama menyatakan Tokyo belum dapat memastikan pengiriman senjata Korea Utara ke Rusia.", "id", &[(Some("JPN"), A, "hedge")]),
    // "bukan hanya ... tetapi juga" is no negation
    ("Badan intelijen Ukraina menyebut Korea Utara bukan hanya mengirim amunisi, tetapi juga tentara ke Rusia.", "id", &[(Some("UKR"), A, "assert"), (Some("UKR"), T, "assert")]),
    // a hedge without claim words of its own takes the claim its scope names ("rudal"), not
    // the most recent one
    ("Korea Utara mengirim peluru artileri ke Rusia, kata pejabat AS. Rusia juga memberikan teknologi satelit kepada Korea Utara, tambahnya. Otoritas Ukraina masih menyelidiki serpihan rudal yang ditemukan di Kharkiv.", "id",
     &[(Some("USA"), A, "assert"), (Some("USA"), K, "assert"), (Some("UKR"), A, "hedge")]),
    // a deny with a proposition of its own is not about the context's claim
    ("Korea Utara mengirim pasukan ke Rusia, kata NIS. Moskow membantah bahwa perundingan damai dengan Kyiv telah gagal.", "id", &[(Some("KOR"), T, "assert")]),
    ("North Korea has sent troops to Russia, the NIS said. Moscow denied that the peace talks with Kyiv had collapsed.", "en", &[(Some("KOR"), T, "assert")]),
    // the recipient's own force is no object of the agent's giving
    ("Korea Utara membantah memasok roket kepada Wagner, tentara bayaran Rusia yang bertempur di Ukraina.", "id", &[(Some("PRK"), A, "deny")]),
    // a bare passive naming who said what the sentence before reported keeps its stance
    ("Tokyo belum dapat memastikan laporan pengiriman senjata Korea Utara ke Rusia. Hal itu disampaikan juru bicara Kementerian Luar Negeri Jepang dalam jumpa pers.", "id", &[(Some("JPN"), A, "hedge")]),
    // party organs speak for the state
    ("Komisi Militer Pusat Partai Buruh Korea menyatakan pengerahan pasukan ke Rusia dilakukan atas perintah Kim Jong Un.", "id", &[(Some("PRK"), T, "assert")]),
    // technology: double object, air defence, military-technical cooperation
    ("Asked whether Russia had given North Korea satellite technology in return, Kremlin spokesman Dmitry Peskov declined to comment.", "en", &[(Some("RUS"), K, "hedge")]),
    ("South Korea's spy agency said Russia had provided North Korea with air defence systems.", "en", &[(Some("KOR"), K, "assert")]),
    ("Kepala Staf Gabungan Korea Selatan mengatakan Rusia memberikan sistem pertahanan udara kepada Korea Utara.", "id", &[(Some("KOR"), K, "assert")]),
    // a warning "agar tidak" is no negation of the claim
    ("Amerika Serikat memperingatkan Korea Utara agar tidak menjual senjata kepada Rusia.", "id", &[(Some("USA"), A, "assert")]),
    // declining to answer hedges; claim words without parties take the claim from context
    ("Pejabat AS mengatakan Korea Utara menjual amunisi kepada Rusia. Kim Jong Un tiba di Vladivostok. Putin menyambutnya di stasiun. Keduanya makan malam bersama. Mereka membahas pertanian. Juru bicara Kremlin Dmitry Peskov enggan menjawab pertanyaan soal kesepakatan senjata antara kedua negara.", "id",
     &[(Some("USA"), A, "assert"), (Some("RUS"), A, "hedge")]),
    // missiles "originating from" North Korea
    ("Duta besar Ukraina mengatakan rudal yang menghantam Kharkiv berasal dari Korea Utara.", "id", &[(Some("UKR"), A, "assert")]),
    // "mengaku" reports; the hedge after it is the speaker's
    ("Korea Utara memasok senjata kepada Wagner, kata Gedung Putih. Pemerintah Korea Selatan mengaku belum dapat memastikan kebenaran informasi itu.", "id",
     &[(Some("USA"), A, "assert"), (Some("KOR"), A, "hedge")]),
    // arms that go to someone else are not the claim
    ("Seoul menyatakan sedang mempertimbangkan untuk memasok senjata secara langsung ke Ukraina jika kerja sama militer Rusia dan Korea Utara berlanjut.", "id", &[]),
    // an academic body named after a state does not make its scholar speak for that state
    ("Yang Moo-jin, rektor Universitas Studi Korea Utara di Seoul, mengatakan Korea Utara kemungkinan menerima teknologi satelit dari Rusia.", "id", &[(None, K, "hedge")]),
    // a conditional leaves the claim open
    ("\"Jika terbukti, artinya Rusia memakai rudal dari Korea Utara untuk menyerang kami,\" kata Jaksa Agung Ukraina.", "id", &[(Some("UKR"), A, "hedge")]),
    // "baik X maupun Y": both speak
    ("Baik Moskow maupun Pyongyang telah menepis tuduhan bahwa Korea Utara memasok senjata ke Rusia.", "id", &[(Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // the hedge names its claim by the object, even when the recent context is another claim
    ("Rusia memberikan teknologi satelit kepada Korea Utara, kata pejabat AS. Kementerian Pertahanan Korea Selatan mengatakan masih mendalami kemungkinan adanya pengiriman peluru artileri.", "id",
     &[(Some("USA"), K, "assert"), (Some("KOR"), A, "hedge")]),
    // "pihaknya", "pemerintahnya": the speaker's own side
    ("Juru bicara Departemen Luar Negeri AS mengatakan pihaknya belum dapat memverifikasi laporan pengiriman pasukan Korea Utara ke Rusia.", "id", &[(Some("USA"), T, "hedge")]),
    ("Kepala Staf Gabungan Korea Selatan mengatakan Rusia telah mengirimkan rudal antipesawat ke Korea Utara.", "id", &[(Some("KOR"), K, "assert")]),
    // "tidak memiliki indikasi bahwa senjata itu sudah sampai": an explicit hedge about the claim
    ("Vedant Patel mengatakan Rusia membeli jutaan peluru artileri dari Korea Utara. \"Kami tidak memiliki indikasi bahwa senjata-senjata itu sudah sampai,\" tutur Kirby.", "id",
     &[(Some("USA"), A, "assert"), (Some("USA"), A, "hedge")]),
    // "kerja sama militer" names no troops
    ("Rusia membeli peluru artileri dari Korea Utara, kata Gedung Putih. Kementerian Unifikasi Korea Selatan mengatakan masih memantau kerja sama militer antara Korea Utara dan Rusia.", "id",
     &[(Some("USA"), A, "assert"), (Some("KOR"), A, "hedge")]),
    // "mengakui keterlibatan tentaranya di Kursk": involvement of its own soldiers
    ("Korea Utara akhirnya mengakui keterlibatan tentaranya di Kursk.", "id", &[(Some("PRK"), T, "assert")]),
    // ---- English
    // a state's mission or envoy to an organisation speaks for the state
    ("North Korea's mission to the United Nations dismissed the reports of North Korean troops in Russia as groundless.", "en", &[(Some("PRK"), T, "deny")]),
    // content, speaker, cue, then only a time before a comma: the content before is said
    ("North Korea has sent about 1,500 special forces troops to Russia, South Korea's spy agency said on Thursday, in what would be the first such deployment.", "en", &[(Some("KOR"), T, "assert")]),
    // a pronoun after a person named earlier in the sentence is that person
    ("South Korea's spy agency briefed lawmakers on Monday. John Kirby repeated the charge in November, when he said North Korea was covertly supplying artillery shells to Russia.", "en",
     &[(Some("USA"), A, "assert")]),
    // "its mission to the UN": the state spoken of before
    ("North Korea's foreign ministry said on Monday that it had sent no troops to Russia. Its mission to the United Nations dismissed them as groundless rumours.", "en", &[(Some("PRK"), T, "deny")]),
    // "it" with no speaker met before: the actor the previous sentence starts with
    ("South Korea's spy agency was the first to go public. On Friday it said the North had shipped 1,500 special forces troops to Russia.", "en",
     &[(Some("KOR"), T, "assert")]),
    // "its spokeswoman": the body the previous sentence starts with
    ("NATO has changed its tone. Last week its spokeswoman said the alliance could not confirm the reports of North Korean troops in Russia.", "en",
     &[(Some("NATO"), T, "hedge")]),
    // "he" right after a sentence that starts with an office refers to it, not to an older speaker
    ("North Korea's defence ministry said it had never exported weapons to Russia. Japan's Chief Cabinet Secretary was asked about the US report on Thursday. He said the government would continue to gather information and declined to comment on intelligence matters.", "en",
     &[(Some("PRK"), A, "deny"), (Some("JPN"), A, "hedge")]),
    ("Kremlin spokesman Dmitry Peskov said on Monday that he could not comment on the reports of North Korean troops in Kursk.", "en", &[(Some("RUS"), T, "hedge")]),
    // a reduced relative after a dash: the actors reject the claim before it, and hold nothing
    ("Seoul says the North has sent more than 13,000 containers of artillery shells to Russia since 2023 - claims Pyongyang and Moscow have repeatedly rejected.", "en",
     &[(Some("KOR"), A, "assert"), (Some("PRK"), A, "deny"), (Some("RUS"), A, "deny")]),
    // a pronoun and its verb between commas: the pronoun speaks, the actor before it is content
    ("Kirby said the United States was watching closely. North Korea, he said, had sent more troops to Russia.", "en", &[(Some("USA"), T, "assert")]),
    // content, speaker, cue and a longer frame without claim words
    ("North Korean servicemen provided significant assistance in the recapture of Kursk, Gerasimov said during a video meeting with President Vladimir Putin on Saturday.", "en",
     &[(Some("RUS"), T, "assert")]),
    // "it" after a speaker of another sentence: the body the last sentence starts with
    ("Valery Gerasimov praised the troops on Saturday. South Korea's spy agency was the first to go public. On 18 October it said the North had shipped 1,500 special forces troops to Russia.", "en",
     &[(Some("KOR"), T, "assert")]),
    // a negated assert verb neither asserts nor denies
    ("Pyongyang has never officially acknowledged sending troops to Russia.", "en", &[]),
    ("North Korea's defence ministry said it had never exported weapons or ammunition to Russia.", "en", &[(Some("PRK"), A, "deny")]),
    ("\"We have never exported weapons or ammunition to Russia before and we do not plan to export them,\" the ministry official said in a statement carried by KCNA.", "en", &[(Some("PRK"), A, "deny")]),
    ("White House national security spokesman John Kirby said North Korea was covertly supplying a significant number of artillery shells to Russia.", "en", &[(Some("USA"), A, "assert")]),
    ("According to South Korea's spy agency, North Korea has sent about 10,000 troops to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    ("North Korea has sent about 10,000 troops to Russia, according to the Pentagon.", "en", &[(Some("USA"), T, "assert")]),
    ("North Korea has sent about 10,000 troops to Russia, South Korean officials said.", "en", &[(Some("KOR"), T, "assert")]),
    ("\"North Korean troops are now fighting in Kursk,\" said Ukrainian President Volodymyr Zelensky.", "en", &[(Some("UKR"), T, "assert")]),
    ("Kremlin spokesman Dmitry Peskov dismissed reports that North Korean troops were fighting in Ukraine as fake news.", "en", &[(Some("RUS"), T, "deny")]),
    ("Russian Foreign Minister Sergei Lavrov denied US claims that North Korea had shipped munitions to Russia.", "en", &[(Some("RUS"), A, "deny"), (Some("USA"), A, "assert")]),
    ("The Pentagon could not confirm the deployment of North Korean troops to Russia.", "en", &[(Some("USA"), T, "hedge")]),
    ("Defense Secretary Lloyd Austin said there was no indication that North Korean troops were in Russia.", "en", &[(Some("USA"), T, "hedge")]),
    ("North Korea has reportedly sent troops to Russia.", "en", &[(None, T, "hedge")]),
    ("North Korea allegedly supplied ballistic missiles to Russia.", "en", &[(None, A, "hedge")]),
    ("The United States has accused North Korea of supplying artillery shells to Russia.", "en", &[(Some("USA"), A, "assert")]),
    ("North Korea rejected accusations that it sent troops to Russia.", "en", &[(Some("PRK"), T, "deny")]),
    ("North Korea denied supplying weapons to Russia, calling the reports groundless.", "en", &[(Some("PRK"), A, "deny")]),
    ("John Kirby said North Korea was shipping shells to Russia. A North Korean official called the allegations a lie.", "en", &[(Some("USA"), A, "assert"), (Some("PRK"), A, "deny")]),
    ("Lavrov said North Korea never sold arms to Russia. \"I do not comment on rumours,\" he said.", "en", &[(Some("RUS"), A, "deny")]),
    ("A North Korean foreign ministry official said Pyongyang never had arms dealings with Russia, KCNA reported.", "en", &[(Some("PRK"), A, "deny")]),
    ("North Korea's deputy foreign minister said the country had no arms deal with Russia, Yonhap reported, citing KCNA.", "en", &[(Some("PRK"), A, "deny")]),
    ("The State Department said Russia was buying millions of rockets and artillery shells from North Korea.", "en", &[(Some("USA"), A, "assert")]),
    ("US intelligence shows Russia fired North Korean missiles at Ukraine, a White House official said.", "en", &[(Some("USA"), A, "assert")]),
    ("South Korea's spy agency said North Korea may be preparing to send more troops to Russia.", "en", &[(Some("KOR"), T, "hedge")]),
    ("Kirby said the United States believes Kim is seeking advanced weapons technology from Russia.", "en", &[(Some("USA"), K, "assert")]),
    ("South Korea said Russia is providing North Korea with satellite technology in return for arms.", "en", &[(Some("KOR"), K, "assert")]),
    ("Russia sent 30 horses to North Korean leader Kim Jong Un, the agency said.", "en", &[]),
    ("North Korea fired two ballistic missiles into the sea, South Korea's military said.", "en", &[]),
    ("Russia has deployed more troops to eastern Ukraine, the British defence ministry said.", "en", &[]),
    ("Putin said the two countries would expand their comprehensive bilateral relations.", "en", &[]),
    ("The two leaders discussed cooperation in agriculture and tourism, KCNA said.", "en", &[]),
    ("Japan's chief cabinet secretary said Tokyo was monitoring reports that North Korean soldiers were killed in Kursk.", "en", &[(Some("JPN"), T, "hedge")]),
    ("NATO Secretary General Mark Rutte confirmed that North Korean troops have been sent to Russia.", "en", &[(Some("NATO"), T, "assert")]),
    ("Ukraine's military intelligence said North Korean soldiers were captured in the Kursk region.", "en", &[(Some("UKR"), T, "assert")]),
    ("The Kremlin neither confirmed nor denied that North Korean troops were in Russia.", "en", &[(Some("RUS"), T, "hedge")]),
    ("Peskov declined to comment on reports that North Korea was supplying artillery shells to Russia.", "en", &[(Some("RUS"), A, "hedge")]),
    ("Russia's defence ministry denied that it had received any weapons from North Korea.", "en", &[(Some("RUS"), A, "deny")]),
    ("\"These claims are absurd,\" Russian Deputy Foreign Minister Sergei Ryabkov said of reports that North Korea sent shells to Russia.", "en", &[(Some("RUS"), A, "deny")]),
    ("North Korean state media said the United States was spreading rumours about an arms deal with Russia.", "en", &[(Some("PRK"), A, "deny")]),
    ("Victor Cha, an analyst at CSIS, said North Korea is clearly using the war to deepen ties with Russia.", "en", &[]),
    ("South Korean lawmakers, briefed by the National Intelligence Service, said North Korea had shipped more than a million artillery shells to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    ("The UN panel of experts said North Korean missiles were used by Russia in Ukraine.", "en", &[(Some("UN"), A, "assert")]),
    ("The official said the allegations were baseless.", "en", &[]),
    // ---- passives carry their cue's stance; the agent speaks
    ("Reports that North Korea shipped rockets to Russia were rejected by the Kremlin.", "en", &[(Some("RUS"), A, "deny")]),
    ("The accusation that Pyongyang sent soldiers to Russia was denied by North Korea's foreign ministry.", "en", &[(Some("PRK"), T, "deny")]),
    ("Pyongyang has been accused by Washington of selling artillery shells to Moscow.", "en", &[(Some("USA"), A, "assert")]),
    ("Pyongyang has been accused by Washington of selling artillery shells to Moscow, which North Korea denies.", "en", &[(Some("USA"), A, "assert"), (Some("PRK"), A, "deny")]),
    ("Laporan bahwa Korea Utara mengirim tentara ke Rusia ditepis oleh Kremlin.", "id", &[(Some("RUS"), T, "deny")]),
    ("Tuduhan bahwa Korea Utara menjual peluru kepada Rusia dibantah oleh Pyongyang.", "id", &[(Some("PRK"), A, "deny")]),
    // ---- coordinated speakers each hold the stance
    ("Tokyo and Seoul said North Korea had sent troops to Russia.", "en", &[(Some("JPN"), T, "assert"), (Some("KOR"), T, "assert")]),
    ("Jepang, Korea Selatan dan Amerika Serikat menuduh Korea Utara memasok rudal kepada Rusia.", "id", &[(Some("JPN"), A, "assert"), (Some("KOR"), A, "assert"), (Some("USA"), A, "assert")]),
    ("Klaim bahwa Korea Utara mengirim senjata ke Rusia dibantah oleh Moskow dan Pyongyang.", "id", &[(Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // a fronted adverbial alone before the speaker is a frame, not the content
    ("Seoul says North Korea has sent troops to Russia. At a United Nations General Assembly committee meeting on Monday, a North Korean diplomat called them \"groundless stereotyped rumors\" meant to smear Pyongyang.", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "deny")]),
    ("Di Seoul, seorang pejabat senior Korea Selatan menyebutnya bukti bahwa Korea Utara mengirim peluru ke Rusia.", "id", &[(Some("KOR"), A, "assert")]),
    // an office's own state speaks, not the body or place its office sits in (also past a
    // title word inside the body's name)
    ("Seoul says North Korea has sent troops to Russia. Days earlier, a North Korean diplomat at a United Nations General Assembly committee in New York had brushed off the accusations as groundless rumors.", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "deny")]),
    // more speech and denial verbs: "telling" after a comma, "replied:", "waved off"
    ("NATO Secretary General Mark Rutte went further on Monday, telling reporters in Brussels that the alliance could confirm that North Korean troops have been sent to Russia.", "en", &[(Some("NATO"), T, "assert")]),
    ("President Vladimir Putin replied: \"If there are images of North Korean troops in Russia, they reflect something.\"", "en", &[(Some("RUS"), T, "hedge")]),
    ("Russia, the minister said, may have given North Korea help with its satellite launch.", "en", &[(None, K, "hedge")]),
    ("Kremlin spokesman Dmitry Peskov waved off reports of North Korean soldiers fighting alongside Russian forces as another fake.", "en", &[(Some("RUS"), T, "deny")]),
    // a body that "never acknowledged" the claim has not denied it; "bisa saja" hedges
    ("Peskov referred questions to the defence ministry, which has never acknowledged that North Korean troops are on Russian soil.", "en", &[(Some("RUS"), T, "hedge")]),
    ("Korea Utara sampai kini tidak pernah mengakui pengiriman tentaranya ke Rusia, kata Seoul.", "id", &[(Some("KOR"), T, "assert")]),
    ("Rusia, kata Lee, bisa saja memberikan teknologi satelit kepada Korea Utara.", "id", &[(None, K, "hedge")]),
    // a question that opens the sentence is the topic of the answer
    // (an answer that says nothing of the question's claim either way leaves it open)
    ("Asked by reporters whether Russia would help North Korea build satellites, Putin replied: \"That's why we came here.\"", "en", &[(Some("RUS"), K, "assert")]),
    ("Pressed on whether Russia would buy North Korean weapons, the Russian president said Moscow observed certain restrictions.", "en", &[(Some("RUS"), A, "hedge")]),
    ("Asked whether North Korea had sent troops, Peskov called the reports fake.", "en", &[(Some("RUS"), T, "deny")]),
    ("When asked about reports of North Korean troops in Russia, Peskov said he had nothing to add.", "en", &[(Some("RUS"), T, "hedge")]),
    ("Ditanya soal laporan pengiriman tentara Korea Utara ke Rusia, Peskov mengatakan tidak ada yang perlu ditambahkan.", "id", &[(Some("RUS"), T, "hedge")]),
    // a relative clause on an actor, with a speech cue of its own, is that actor's statement;
    // the statement around it goes on after it
    ("The NIS, which estimates that around 11,000 North Korean soldiers were sent to Russia in the autumn, told lawmakers last month that at least 100 of them had been killed.", "en", &[(Some("KOR"), T, "assert")]),
    ("That was a shift from the line taken by his spokesman, Dmitry Peskov, who waved off reports of North Korean soldiers fighting alongside Russian forces as another fake.", "en", &[(Some("RUS"), T, "deny")]),
    ("Seoul accused Pyongyang, which has long denied sending arms to Russia, of shipping shells.", "en", &[(Some("KOR"), A, "assert"), (Some("PRK"), A, "deny")]),
    ("Badan intelijen Korea Selatan, yang memperkirakan 11.000 tentara Korea Utara dikirim ke Rusia, melapor kepada parlemen pada Rabu.", "id", &[(Some("KOR"), T, "assert")]),
    // an intelligence estimate of a number asserts the claim
    ("Seoul's spy agency estimated earlier this year that some 11,000 North Korean soldiers were sent to Kursk in the autumn.", "en", &[(Some("KOR"), T, "assert")]),
    // a bare Indonesian passive names its agent without "oleh"; "undeniable" asserts
    ("Korut juga dituding memasok jutaan peluru artileri kepada Rusia, tuduhan yang selama ini dibantah Moskow maupun Pyongyang.", "id", &[(Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    ("Juru bicara Kementerian Luar Negeri Ukraina mengatakan keterlibatan tentara Korut di Kursk kini tidak bisa lagi disangkal.", "id", &[(Some("UKR"), T, "assert")]),
    ("Juru bicara Kremlin Dmitry Peskov enggan memberikan jawaban lugas soal keberadaan tentara Korea Utara di Kursk.", "id", &[(Some("RUS"), T, "hedge")]),
    ("Kyiv had intelligence showing Pyongyang had sent some 10,000 soldiers to Russia, Zelensky said.", "en", &[(Some("UKR"), T, "assert")]),
    // "any cooperation" is a condition, not a report
    ("Kementerian Luar Negeri Korea Selatan mengingatkan bahwa setiap kerja sama yang membantu program satelit Korea Utara melanggar resolusi PBB.", "id", &[]),
    // a weak hedge in a coordinated clause about some of them leaves the main claim asserted;
    // "a false story" denies
    ("Badan Intelijen Nasional (NIS) Korea Selatan menyebut sekitar 11.000 tentara Korea Utara kini berada di Rusia, dan sebagian di antaranya kemungkinan sudah diterjunkan ke garis depan.", "id", &[(Some("KOR"), T, "assert")]),
    ("Kim Yo Jong said hostile forces were spreading a false story about North Korean arms exports to Russia.", "en", &[(Some("PRK"), A, "deny")]),
    // an office that names no state, right after a state's speaker, speaks for that state; a
    // scholar does not
    ("The South Korean military said it was watching closely. \"There is a possibility that Russia has transferred military technology to North Korea,\" a spokesperson for the Joint Chiefs of Staff told a regular briefing.", "en", &[(Some("KOR"), K, "hedge")]),
    ("Ukrainian officials say the North Korean missiles have proved erratic. Prosecutor-General Andriy Kostin said in February that Russia had launched about two dozen North Korean missiles at Ukraine.", "en", &[(Some("UKR"), A, "assert")]),
    ("Kremlin enggan menanggapi laporan itu. Pengamat militer dari Institut Kajian Strategis Seoul, Choi Min-seok, menilai Pyongyang kemungkinan menerima teknologi rudal dari Moskow.", "id", &[(None, K, "hedge")]),
    // more speech participles after a comma; "never forget" denies nothing; "repaying" gives
    ("Mr Zelensky has been less cautious, accusing Moscow of already sharing its military know-how with Pyongyang.", "en", &[(Some("UKR"), K, "assert")]),
    ("North Korea's state media praised the soldiers who fought in Kursk. \"We will never forget their sacrifice,\" KCNA said.", "en", &[(Some("PRK"), T, "assert")]),
    ("South Korean officials have warned that Russia could be repaying Kim with sensitive technology for his missile programmes.", "en", &[(Some("KOR"), K, "hedge")]),
    ("Seoul says North Korea has sent troops to Russia. Kremlin spokesman Dmitry Peskov initially brushed them aside as another fake.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    // a reduced relative clause on the subject: its head speaks
    ("A UN panel of experts monitoring sanctions on North Korea concluded that North Korea had supplied the missiles that struck Kharkiv to Russia.", "en", &[(Some("UN"), A, "assert")]),
    // a plural pronoun after coordinated speakers stands for every one of them
    ("Only last week, U.S. and NATO officials had said they could not confirm that any North Korean troops were in Russia.", "en", &[(Some("USA"), T, "hedge"), (Some("NATO"), T, "hedge")]),
    ("Korea Selatan dan Jepang mengatakan mereka belum dapat memastikan laporan pengiriman peluru Korea Utara ke Rusia.", "id", &[(Some("KOR"), A, "hedge"), (Some("JPN"), A, "hedge")]),
    // ... but not after a single speaker
    ("NATO officials said they could not confirm that any North Korean troops were in Russia.", "en", &[(Some("NATO"), T, "hedge")]),
    // a relative clause speaks about the clause before it; the accusers keep their assert
    ("Ukraine accused North Korea of supplying missiles to Russia, which both Moscow and Pyongyang have denied.", "en", &[(Some("UKR"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // an accusation named by the speaker ("called X's claims ...") is held, not said
    ("Maria Zakharova called US claims that North Korea sold shells to Russia unsubstantiated.", "en", &[(Some("RUS"), A, "deny"), (Some("USA"), A, "assert")]),
    // the head of a subject with a relative clause speaks, not an actor inside the clause
    ("The UN panel of experts that monitors sanctions on North Korea said it could not confirm arms transfers to Russia.", "en", &[(Some("UN"), A, "hedge")]),
    ("Panel ahli PBB yang memantau sanksi terhadap Korea Utara mengatakan belum dapat memastikan pengiriman senjata ke Rusia.", "id", &[(Some("UN"), A, "hedge")]),
    ("It was the first time that North Korea denied sending troops to Russia.", "en", &[(Some("PRK"), T, "deny")]),
    ("The United Nations panel of experts that monitors sanctions on North Korea said it could not verify arms transfers to Russia.", "en", &[(Some("UN"), A, "hedge")]),
    // adverbs between the speaker and the verb; praise of the troops asserts they fought
    ("Kremlin sebelumnya berulang kali menepis laporan keberadaan tentara Korut di Rusia.", "id", &[(Some("RUS"), T, "deny")]),
    ("Moscow has long denied that North Korea supplied it with shells.", "en", &[(Some("RUS"), A, "deny")]),
    ("Valery Gerasimov memuji kepahlawanan tentara Korea Utara yang ikut bertempur di Kursk.", "id", &[(Some("RUS"), T, "assert")]),
    ("Putin praised the friendship between Russia and North Korea.", "en", &[]),
    // a conditional leaves the claim open
    ("Kim Jong Gyu said that if such a deployment of troops to Russia were taking place, it would be lawful.", "en", &[(Some("PRK"), T, "hedge")]),
    ("Pejabat Korea Utara mengatakan, seandainya pasukan dikirim ke Rusia, hal itu sah menurut hukum internasional.", "id", &[(Some("PRK"), T, "hedge")]),
    // technical help and satellites are technology; hints hedge; a confirmed reference takes its claim from context
    ("South Korea's defence minister said North Korea had received technical advice from Russia for its satellite launch.", "en", &[(Some("KOR"), K, "assert")]),
    ("Putin mengisyaratkan Rusia akan membantu Korea Utara membangun satelit.", "id", &[(Some("RUS"), K, "hedge")]),
    ("North Korea launched a spy satellite on Tuesday, KCNA said.", "en", &[]),
    ("Zelensky said Ukrainian forces had captured two North Korean soldiers in Kursk. South Korea's spy agency confirmed the capture.", "en", &[(Some("UKR"), T, "assert"), (Some("KOR"), T, "assert")]),
    ("AS dan Korsel selama ini menuding Korut memasok peluru ke Rusia.", "id", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert")]),
    ("Amerika Serikat (AS) dan Korea Selatan menuding Korea Utara memasok peluru ke Rusia.", "id", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert")]),
    // a claim holder does not reach across a comma
    ("Menurut Peskov, laporan soal pengerahan pasukan Korea Utara ke Rusia tidak berdasar.", "id", &[(Some("RUS"), T, "deny")]),
    // a bare passive ("Hal itu diungkapkan X", no "oleh") speaks about the claim named by reference
    ("Korea Utara telah mengirim ribuan tentara ke Rusia. Hal itu diungkapkan Badan Intelijen Nasional Korea Selatan, Jumat (18/10).", "id", &[(Some("KOR"), T, "assert")]),
    ("Korea Utara telah mengirim ribuan tentara ke Rusia. Hal itu disampaikan dalam sebuah seminar di Jakarta.", "id", &[]),
    ("Korea Utara telah mengirim ribuan tentara ke Rusia. Hal itu disampaikan pembicara seminar kepada peserta.", "id", &[]),
    // an indefinite speaker does not refer back through a glue word of its title ("of")
    ("Maria Zakharova of the foreign ministry said the claims were baseless. A spokesperson for the armed forces said North Korea had sent more troops to Russia.", "en", &[(None, T, "assert")]),
    // the bare Joint Chiefs of Staff are South Korea's; the US body comes with its chairman or its country
    ("Maria Zakharova of the foreign ministry said the claims were baseless. A spokesperson for the Joint Chiefs of Staff said North Korea had sent more troops to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    ("Chairman of the Joint Chiefs of Staff General Mark Milley said North Korea had shipped artillery shells to Russia.", "en", &[(Some("USA"), A, "assert")]),
    // "X, whose ..., said": X speaks; "Pyongyang, whose foreign ministry said": the possessor speaks
    ("Prigozhin, whose fighters have led the grinding assault on the eastern town of Bakhmut, rejected the accusation that North Korea supplied arms to Wagner.", "en", &[(Some("RUS"), A, "deny")]),
    ("Pyongyang, whose foreign ministry last month branded reports that North Korea sold rockets to Russia a groundless rumour, did not react.", "en", &[(Some("PRK"), A, "deny")]),
    // no party to the claim: "no evidence" is not seen yet (hedge), not a denial
    ("Ukraine's military intelligence said it had found no evidence that North Korean weapons had reached Russia.", "en", &[(Some("UKR"), A, "hedge")]),
    ("NATO said it had no evidence that North Korean soldiers were fighting for Russia.", "en", &[(Some("NATO"), T, "hedge")]),
    ("Russia said there was no evidence that it had bought shells from North Korea.", "en", &[(Some("RUS"), A, "deny")]),
    // refusals, verification and watching hedge; "have all said" lists every accuser
    ("Russian officials have refused to confirm or deny the presence of North Korean soldiers in Kursk.", "en", &[(Some("RUS"), T, "hedge")]),
    ("PBB tidak dapat memverifikasi secara independen laporan pengiriman pasukan Korea Utara ke Rusia.", "id", &[(Some("UN"), T, "hedge")]),
    ("Peskov menolak mengomentari laporan bahwa Korea Utara mengirim tentara ke Rusia.", "id", &[(Some("RUS"), T, "hedge")]),
    ("The United States, South Korea and Ukraine have all said North Korea sent troops to Russia.", "en", &[(Some("USA"), T, "assert"), (Some("KOR"), T, "assert"), (Some("UKR"), T, "assert")]),
    ("Korea Utara telah mengirim 3.000 tentara tambahan ke Rusia. Penilaian itu disampaikan Kepala Staf Gabungan Korea Selatan.", "id", &[(Some("KOR"), T, "assert")]),
    // the actor before a parenthesis speaks
    ("Kyrylo Budanov, dalam wawancara pekan lalu, menyebut Korea Utara telah mengirim rudal ke Rusia.", "id", &[(Some("UKR"), A, "assert")]),
    ("Budanov, in an interview last week, said North Korea had sent missiles to Russia.", "en", &[(Some("UKR"), A, "assert")]),
    ("North Korea, a South Korean official said, has sent more troops to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    ("North Korea, the official said, has sent more troops to Russia.", "en", &[(None, T, "assert")]),
    // an admission asserts
    ("North Korea admitted that it had sent troops to Russia.", "en", &[(Some("PRK"), T, "assert")]),
    // "continued to" is no speech: the clause stays inside the minister's statement
    ("Shin said more than 10,000 North Korean soldiers had been deployed to Kursk, adding that the North had continued to ship artillery shells to Russia since the troops left.", "en", &[(None, T, "assert"), (None, A, "assert")]),
    ("South Korea's defence minister said the North had continued to ship artillery shells to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    // a place after the speaker ("in Washington", "di Jakarta") belongs to the speaker's phrase
    ("Russia's embassy in Washington rejected the accusations, calling them \"unfounded\" and denying that North Korea supplied missiles to Russia.", "en", &[(Some("RUS"), A, "deny")]),
    ("North Korea's delegation at a UN committee in New York dismissed claims that it sent troops to Russia as groundless rumours.", "en", &[(Some("PRK"), T, "deny")]),
    ("A senior official in Seoul said North Korea had sent more troops to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    ("Kedutaan Besar Rusia di Jakarta membantah bahwa Korea Utara memasok rudal ke Rusia.", "id", &[(Some("RUS"), A, "deny")]),
    ("An EU spokesperson in Brussels said the bloc was \"looking into the reports\" that North Korea had supplied missiles to Russia.", "en", &[(Some("EU"), A, "hedge")]),
    // a denial of another speaker's findings is about what that speaker said, not about the
    // claim just before
    ("Badan intelijen Korea Selatan (NIS) mengatakan Korea Utara telah mengirim 1.500 tentara ke Rusia. Ukraina mengatakan Korea Utara telah memasok peluru artileri ke Rusia. \"Ini satu lagi berita palsu,\" kata juru bicara Kremlin Dmitry Peskov, ketika ditanya tentang temuan NIS.", "id",
     &[(Some("KOR"), T, "assert"), (Some("UKR"), A, "assert"), (Some("RUS"), T, "deny")]),
    ("South Korea's spy agency said North Korea had sent 1,500 troops to Russia. Ukraine said North Korea had shipped artillery shells to Russia. The Kremlin dismissed South Korea's findings as \"another fake\".", "en",
     &[(Some("KOR"), T, "assert"), (Some("UKR"), A, "assert"), (Some("RUS"), T, "deny")]),
    ("A senior US military official said several hundred North Korean soldiers had been killed in Kursk. Ukraine's HUR said Russia was giving North Korea air defence technology. Asked about the US estimate on Tuesday, spokesman Dmitry Peskov told reporters he had \"nothing to say on this topic\".", "en",
     &[(Some("USA"), T, "assert"), (Some("UKR"), K, "assert"), (Some("RUS"), T, "hedge")]),
    // "it" is the body that opens the sentence, not the speaker before; never a body named
    // inside the content before ", it said"
    ("Russian Foreign Ministry spokesperson Maria Zakharova called the reports fake. North Korea's state news agency KCNA on Saturday carried a commentary dismissing what it called \"the so-called North Korean soldiers\" in Russia as \"a cheap propaganda farce\".", "en", &[(Some("PRK"), T, "deny")]),
    ("South Korea's spy agency briefed lawmakers on Friday. North Korea has sent 1,500 special forces troops to Russia, it said.", "en", &[(Some("KOR"), T, "assert")]),
    // "for the first time" between the subject and its cue; "memperkirakan" reports
    ("Korea Utara pada April lalu untuk pertama kalinya mengakui telah mengerahkan pasukan ke Rusia.", "id", &[(Some("PRK"), T, "assert")]),
    ("Badan Intelijen Nasional (NIS) Korsel memperkirakan sekitar 15.000 tentara Korut telah dikirim ke Rusia sejak Oktober 2024.", "id", &[(Some("KOR"), T, "assert")]),
    // supporting the weapons programs is technology; supporting a war is not
    ("NATO Secretary General Jens Stoltenberg said Moscow was supporting North Korea's missile and nuclear programs in return.", "en", &[(Some("NATO"), K, "assert")]),
    ("Korea Utara mendukung operasi militer khusus Rusia di Ukraina, kata Kim Jong Un kepada para pejabat yang hadir dalam pertemuan itu.", "id", &[]),
    // a fiction denies; concern about a possibility hedges; helping a submarine program is technology
    ("In a statement carried by KCNA, Kim Yo-jong said the submarine was \"entirely the product of our own technology\" and called claims of Russian assistance \"a pathetic fiction cooked up in Seoul.\"", "en", &[(Some("PRK"), K, "deny")]),
    ("Japan's Defense Minister Gen Nakatani said Monday that Tokyo was \"gravely concerned\" about the possibility that Russia is assisting North Korea's submarine program.", "en", &[(Some("JPN"), K, "hedge")]),
    ("US President Donald Trump said he had given South Korea approval to build nuclear-powered submarines.", "en", &[]),
    // a reaction to "the report" is to the story's claim, not to the side claim reported last
    ("North Korea has sent 1,500 special forces troops to Russia, South Korea's National Intelligence Service said. Seoul has also warned that Moscow may be rewarding Pyongyang with technology for its spy satellite programme. The Kremlin swiftly rejected the report.", "en",
     &[(Some("KOR"), T, "assert"), (Some("KOR"), K, "hedge"), (Some("RUS"), T, "deny")]),
    ("Korea Utara telah mengirim 1.500 tentara ke Rusia, kata Badan Intelijen Nasional Korea Selatan. Menurut Direktorat Intelijen Ukraina, Korea Utara juga telah memasok peluru artileri ke Rusia. Kremlin menepis laporan tersebut.", "id",
     &[(Some("KOR"), T, "assert"), (Some("UKR"), A, "assert"), (Some("RUS"), T, "deny")]),
    // the state an office deals with ("for US affairs", "Urusan AS") is not the state it speaks for
    ("Direktur Jenderal Urusan AS di Kementerian Luar Negeri Korea Utara mengatakan negaranya tidak pernah memasok senjata ke Rusia.", "id", &[(Some("PRK"), A, "deny")]),
    ("The director general for US affairs at North Korea's foreign ministry said the country had never supplied weapons to Russia.", "en", &[(Some("PRK"), A, "deny")]),
    ("The US Special Representative for North Korea said Pyongyang had shipped artillery shells to Russia.", "en", &[(Some("USA"), A, "assert")]),
    // requesting ammunition is the arms deal under way; "could not yet confirm" hedges
    ("Pentagon press secretary Pat Ryder said on Tuesday that the United States had information indicating Russia had approached Pyongyang to request ammunition. But he stressed that Washington could not yet confirm whether any of the munitions had actually been delivered.", "en",
     &[(Some("USA"), A, "assert"), (Some("USA"), A, "hedge")]),
    ("\"We don't have any indications that North Korea has delivered artillery shells to Russia,\" the Pentagon said.", "en", &[(Some("USA"), A, "hedge")]),
    // a modifier between a possessive and the title stays in the speaker's phrase
    ("South Korea's unification ministry said Friday it had detected no signs of North Korean troop movements towards Russia.", "en", &[(Some("KOR"), T, "hedge")]),
    // "could not verify them" takes the claim of the context, even a few sentences back
    ("The Kremlin on Friday dismissed as \"fake\" reports that North Korea had offered to send 100,000 soldiers to fight in Ukraine. Pyongyang has not commented. North Korea recognised the separatist republics last month. Kyiv severed ties. Russia's ambassador praised North Korean builders. He did not mention soldiers. In Washington, White House national security spokesman John Kirby said the United States had seen the reports but could not verify them.", "en",
     &[(Some("RUS"), T, "deny"), (Some("USA"), T, "hedge")]),
    // "yang disampaikan X" on the object of a statement says where the object comes from
    ("Jaksa Agung Ukraina Andriy Kostin mengatakan Rusia telah menembakkan 24 rudal balistik Korea Utara ke Ukraina. Pentagon mengatakan belum dapat memverifikasi angka yang disampaikan Kostin.", "id", &[(Some("UKR"), A, "assert"), (Some("USA"), A, "hedge")]),
    // a weak hedge in a second reported proposition does not hedge the first
    ("South Korea's National Intelligence Service told lawmakers that North Korean soldiers had been assigned to front-line Russian units, and that more troops could follow as early as January.", "en", &[(Some("KOR"), T, "assert")]),
    ("South Korea's National Intelligence Service told lawmakers that more North Korean troops could be sent to Russia.", "en", &[(Some("KOR"), T, "hedge")]),
    // not ruling out, not being aware: hedges, in the statement's own words
    ("Japan's Defence Minister Gen Nakatani said on Tuesday that Tokyo \"cannot rule out\" that Russia was transferring missile technology to North Korea.", "en", &[(Some("JPN"), K, "hedge")]),
    ("Presiden Rusia Vladimir Putin mengatakan Moskow tidak mengesampingkan kerja sama militer-teknis dengan Korea Utara.", "id", &[(Some("RUS"), K, "hedge")]),
    ("Foreign ministry spokesperson Mao Ning of China told a regular briefing she was \"not aware of the situation\" when asked about North Korean troops in Russia.", "en", &[(Some("CHN"), T, "hedge")]),
    ("Korea Utara mengakui telah mengirim pasukan ke Rusia.", "id", &[(Some("PRK"), T, "assert")]),
    // an auxiliary after an appositive's comma; a duration between subject and verb
    ("South Korea said North Korea had sent troops to Russia. Kim Song, Pyongyang's envoy to the UN, had rejected the allegations.", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "deny")]),
    ("The US has for more than a year accused North Korea of supplying Russia with artillery shells.", "en", &[(Some("USA"), A, "assert")]),
    ("Korea Selatan selama lebih dari setahun menuduh Korea Utara memasok peluru artileri ke Rusia.", "id", &[(Some("KOR"), A, "assert")]),
    // conditionals and inquiries are hedges strong enough to take the claim of the context
    ("North Korea has sent troops to Russia, US officials say. The EU said the deployment, if true, would be a serious escalation.", "en", &[(Some("USA"), T, "assert"), (Some("EU"), T, "hedge")]),
    ("North Korea has sent troops to Russia, US officials say. A spokesperson for Britain's Foreign Office said London was looking into reports.", "en", &[(Some("USA"), T, "assert"), (Some("GBR"), T, "hedge")]),
    ("Russia's envoy said claims that Moscow was sharing missile technology with Pyongyang were pure fantasy.", "en", &[(Some("RUS"), K, "deny")]),
    // the speaker's own side, owned by a possessive pronoun
    ("The representative of the Republic of Korea, Joonkook Hwang, said his Government had confirmed that some 11,000 North Korean troops had been dispatched to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    ("The representative of China said her country was not aware of reports that North Korea sent troops to Russia.", "en", &[(Some("CHN"), T, "hedge")]),
    // a clock named by a place dates the statement and never speaks
    ("Korea Utara disebut memasok senjata ke Rusia. Juru bicara Departemen Luar Negeri AS Matthew Miller, malam waktu Washington, mengingatkan bahwa kesepakatan senjata antara Korea Utara dan Rusia melanggar resolusi PBB.", "id", &[(None, A, "hedge"), (Some("USA"), A, "assert")]),
    // declining to give details hedges; not having seen something hedges
    ("Peskov menolak merinci apakah pasokan senjata Korea Utara ke Rusia ikut dibahas.", "id", &[(Some("RUS"), A, "hedge")]),
    ("Matthew Miller mengaku AS belum melihat adanya transfer teknologi Rusia ke Korea Utara.", "id", &[(Some("USA"), K, "hedge")]),
    ("Rusia tak membantah, tak membenarkan laporan pengiriman tentara Korea Utara ke Rusia.", "id", &[(Some("RUS"), T, "hedge")]),
    // a party's first reaction without a claim of its own is to the story's claim, not
    // to the side claim reported last
    ("Badan intelijen Korea Selatan mengatakan Korea Utara telah mengirim 12.000 tentara ke Rusia. Seoul menduga Moskow akan memberikan teknologi militer kepada Pyongyang sebagai imbalan. Moskow membantah kabar tersebut.", "id",
     &[(Some("KOR"), T, "assert"), (Some("KOR"), K, "hedge"), (Some("RUS"), T, "deny")]),
    ("South Korea's spy agency said North Korea had sent 12,000 troops to Russia. Seoul believes Moscow may give Pyongyang military technology in return. The Kremlin again declined to comment.", "en",
     &[(Some("KOR"), T, "assert"), (Some("KOR"), K, "hedge"), (Some("RUS"), T, "hedge")]),
    // a word shared with a claim found whole in the scope does not bring in another claim
    ("Seoul said Pyongyang had shipped artillery shells to Russia. The agency also told the committee it could not rule out that Moscow would reward Pyongyang with military technology, but that it had no firm evidence of a transfer yet.", "en",
     &[(Some("KOR"), A, "assert"), (Some("KOR"), K, "hedge")]),
    // an action of one claim only names it: "details of deployment"
    ("North Korea has sent troops to Russia, Seoul says. Russia has received North Korean artillery shells. UN spokesperson Stephane Dujarric said the UN could not verify details of the deployment.", "en",
     &[(Some("KOR"), T, "assert"), (Some("UN"), T, "hedge")]),
    // a denial in a relative clause on the accusation is the accused's, not the accusers' ("both countries": the two states last named)
    ("The US, South Korea and Ukraine have accused North Korea of supplying Russia with artillery shells, accusations both countries have denied.", "en",
     &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("UKR"), A, "assert"), (Some("PRK"), A, "deny"), (Some("RUS"), A, "deny")]),
    ("North Korea's foreign ministry, responding to the allegations, flatly denied supplying Russia with artillery shells.", "en", &[(Some("PRK"), A, "deny")]),
    // a relative clause on a head before a parenthesis stays out of the speaker
    ("Panel ahli PBB yang memantau sanksi terhadap Korea Utara, dalam laporan yang dirilis bulan lalu, menyimpulkan bahwa Korea Utara memasok rudal balistik ke Rusia.", "id", &[(Some("UN"), A, "assert")]),
    // never officially acknowledging is no denial, with fillers between negator and verb
    ("Rusia dan Korea Utara tidak pernah secara resmi mengakui keberadaan tentara Korea Utara di Rusia.", "id", &[]),
    // the object of an event phrase without commas is not the speaker
    ("Badan Intelijen Nasional Korea Selatan dalam rapat tertutup dengan parlemen mengungkapkan Korea Utara telah mengirim 1.500 tentara ke Rusia.", "id", &[(Some("KOR"), T, "assert")]),
    ("South Korea's spy agency in a closed-door briefing to lawmakers said North Korea had sent 1,500 troops to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    // a word listed whole ("sebelumnya", a filler) wins over a shorter word with a clitic
    ("Kepala HUR, Kyrylo Budanov, sebelumnya juga menyebut Korea Utara telah memasok amunisi artileri ke Rusia.", "id", &[(Some("UKR"), A, "assert")]),
    // a hyphenated name's lower-case part is part of the name
    ("Korea Utara memasok roket ke Rusia, kata AS. Juru bicara Kementerian Luar Negeri Korsel Lim Soo-suk menyebut Seoul belum bisa memastikan kebenaran laporan tersebut.", "id", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "hedge")]),
    // a bare surname names the speaker met just before with that name, not the lexicon's
    ("Wakil Menteri Pertahanan Korea Selatan Kim Seon-ho mengatakan Korea Utara telah memasok amunisi ke Rusia. Kim menambahkan, Moskow memberikan teknologi rudal kepada Pyongyang.", "id",
     &[(Some("KOR"), A, "assert"), (Some("KOR"), K, "assert")]),
    // a lawmaker reporting a briefing speaks for the state that briefed them; a relative
    // clause that ends at the comma before the cue stays out of the speaker
    ("South Korea's National Intelligence Service briefed lawmakers on Tuesday about North Korean shells sent to Russia. Lawmaker Lee Seong-kweun, who attended the closed-door briefing, said North Korea had also sent about 10,000 troops to Russia.", "en",
     &[(Some("KOR"), A, "assert"), (Some("KOR"), T, "assert")]),
    // the accused in a relative clause on the accusation reject the accusation's claim
    ("North Korea has sent troops to Russia, Seoul says. Washington and Seoul have for more than a year accused North Korea of supplying Russia with artillery shells, an allegation both Moscow and Pyongyang have rejected.", "en",
     &[(Some("KOR"), T, "assert"), (Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // the object of a preposition inside a parenthesis does not speak ("ke Pyongyang")
    ("Juru bicara Kremlin Dmitry Peskov, ketika ditanya wartawan mengenai pasokan sistem pertahanan udara ke Pyongyang, menolak berkomentar soal transfer teknologi militer Rusia ke Korea Utara.", "id", &[(Some("RUS"), K, "hedge")]),
    // procurement by the receiver is an arms deal
    ("Kepala Sekretaris Kabinet Jepang Yoshimasa Hayashi mengatakan pengadaan rudal balistik dari Korea Utara oleh Rusia melanggar resolusi PBB.", "id", &[(Some("JPN"), A, "assert")]),
    ("Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Russia's procurement of ballistic missiles from North Korea violated UN resolutions.", "en", &[(Some("JPN"), A, "assert")]),
    // a speaker after the content with a short frame up to a comma, then another clause;
    // the subject of the unit before, after a title phrase, is who "she" is
    ("Foreign Ministry spokeswoman Maria Zakharova was blunter. The American claims about Russian purchases of North Korean weapons were \"groundless, as always,\" she told a briefing in Moscow on Thursday, and Washington was \"projecting its own habits onto others.\"", "en",
     &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    // "the reported deployment" is not a confirmed one
    ("The reported deployment of thousands of North Korean soldiers to Russia risks widening the war, a senior United Nations official said.", "en", &[(Some("UN"), T, "hedge")]),
    // a quoted label is the speaker's word; a weekend between subject and verb
    ("Ukraine says North Korean troops are in Kursk. North Korea's KCNA over the weekend called the reports about its soldiers in Kursk a US \"smear campaign.\"", "en",
     &[(Some("UKR"), T, "assert"), (Some("PRK"), T, "deny")]),
    // transcripts: a turn's label speaks its content and is its "we"; a question is no one's
    ("Matthew Miller, Department Spokesperson\n\nQUESTION: South Korea says North Korean troops are in Kursk. Can you confirm that?\n\nMR MILLER: We are not in a position to confirm them at this point.", "en",
     &[(Some("KOR"), T, "assert"), (Some("USA"), T, "hedge")]),
    ("QUESTION: Did North Korea send shells to Russia?\nSECRETARY BLINKEN: Yes. North Korea has sent more than a million artillery shells to Russia.", "en", &[(Some("USA"), A, "assert")]),
    ("Q: Is Russia helping the North with satellites?\nMR PATEL: We have seen reports that Russia may be giving North Korea satellite technology.", "en", &[(None, K, "hedge")]),
    // one label is no transcript: a dateline with a colon speaks for no one
    ("WASHINGTON: North Korea has sent artillery shells to Russia, US officials said.", "en", &[(Some("USA"), A, "assert")]),
    // a country after a visited place is no speaker: the subject before the parenthesis speaks
    ("Menteri Pertahanan AS Lloyd Austin, saat berkunjung ke Roma, Italia, mengatakan ada bukti bahwa ada pasukan Korea Utara di Rusia.", "id", &[(Some("USA"), T, "assert")]),
    ("Blinken, speaking in Seoul, South Korea, said North Korean troops were fighting in Kursk.", "en", &[(Some("USA"), T, "assert")]),
    // the outlet of an interview is no appositive of the speaker after the comma
    ("Defense Minister Shin Won-sik said Russia was helping the North. In an interview with broadcaster SBS, Shin said North Korea had sent 10,000 troops to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    // "The U.S. and South Korea": the alias ends in the dot after its last token
    ("The U.S. and South Korea have accused North Korea of providing artillery to Russia.", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert")]),
    // a filler phrase between commas ("for its part", "di sisi lain") stays between subject and verb
    ("Moscow, for its part, has consistently denied receiving North Korean weapons.", "en", &[(Some("RUS"), A, "deny")]),
    ("Moskow, di sisi lain, membantah membeli senjata dari Korea Utara.", "id", &[(Some("RUS"), A, "deny")]),
    ("Seoul's intelligence service estimates that about 15,000 North Korean soldiers have been sent to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    // a subject alias ending in its dot ("The U.S. accused") is the speaker
    ("The U.S. accused North Korea of providing artillery shells to Russia.", "en", &[(Some("USA"), A, "assert")]),
    // "the outgoing secretary of state" refers back to the secretary met before
    ("US Secretary of State Antony Blinken said Russia was sharing space technology with North Korea. The outgoing secretary of state said more than 1,000 North Korean soldiers had been killed in Kursk.", "en",
     &[(Some("USA"), K, "assert"), (Some("USA"), T, "assert")]),
    // a weak hedge opening a participle clause hedges the detail, not the claim
    ("South Korean Defense Minister Shin Won-sik said the North had shipped around 7,000 containers of munitions to Russia, possibly containing more than 3 million artillery shells.", "en", &[(Some("KOR"), A, "assert")]),
    // the subject before an event phrase followed by a time between commas
    ("Kepala Sekretaris Kabinet Yoshimasa Hayashi dalam jumpa pers rutin, Jumat, mengatakan Tokyo sangat prihatin terhadap kemungkinan transfer teknologi nuklir dan rudal dari Rusia ke Korea Utara.", "id", &[(Some("JPN"), K, "hedge")]),
    // neither admitted nor denied; no information: hedges
    ("Pyongyang sendiri belum mengakui maupun membantah pengiriman tentara ke Rusia.", "id", &[(Some("PRK"), T, "hedge")]),
    ("Juru bicara Kremlin Dmitry Peskov mengatakan: \"Kami tidak punya informasi apa pun soal tentara Korea Utara yang ditangkap di Kursk.\"", "id", &[(Some("RUS"), T, "hedge")]),
    // fake identity cards are no denial; an estimated number is no hedge
    ("Menurut NIS, tentara Korea Utara di Rusia dibekali seragam militer Rusia dan kartu identitas palsu.", "id", &[(Some("KOR"), T, "assert")]),
    ("NIS menyebut sekitar 3.000 tentara Korea Utara telah tiba di Rusia dan jumlahnya diperkirakan mencapai 10.000 orang.", "id", &[(Some("KOR"), T, "assert")]),
    // a question asks, it does not assert
    ("Wakil Duta Besar AS untuk PBB Robert Wood mengatakan: \"Apakah Rusia berencana berbagi teknologi rudal dengan Korea Utara? Dunia berhak tahu.\"", "id", &[(Some("USA"), K, "hedge")]),
    // saying nothing of a claim is no denial ("tidak menyebutkan", "did not mention")
    ("KCNA, kantor berita resmi Korea Utara, melaporkan pertemuan Kim dan Shoigu berlangsung hangat, tetapi tidak menyebutkan rencana pengiriman tentara Korea Utara ke Rusia.", "id", &[]),
    ("KCNA reported the meeting but did not mention the deployment of North Korean troops to Russia.", "en", &[]),
    // paying troops with technology is the technology claim
    ("Kepala kebijakan luar negeri Uni Eropa Kaja Kallas mengatakan: \"Rusia membayar tentara Korea Utara dengan teknologi militer.\"", "id", &[(None, T, "assert"), (None, K, "assert")]),
    // "both" between the auxiliary and the verb
    ("Russia fired North Korean missiles at Ukraine, the White House said. Moscow and Pyongyang have both dismissed previous U.S. claims of arms transfers as groundless.", "en",
     &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // "aware of the reports and ... analyzing information": the reference of the speaker's
    // statement just before reaches the hedge, which takes the story's claim, not the last one
    ("NATO Secretary-General Mark Rutte said that the alliance \"cannot currently confirm\" reports of North Korean soldiers fighting alongside Russian forces. But he said Pyongyang's supply of ammunition and ballistic missiles to Moscow was already \"well documented.\" In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said that Japan was aware of the reports and was gathering and analyzing information \"with grave concern.\"", "en",
     &[(Some("NATO"), T, "hedge"), (Some("NATO"), A, "assert"), (Some("JPN"), T, "hedge")]),
    // an estimated content is no hedge
    ("Menteri Pertahanan Korea Selatan Shin Won-sik mengungkapkan bahwa Korea Utara telah mengirim peluru artileri ke Rusia. Kontainer-kontainer itu diperkirakan berisi lebih dari tiga juta butir peluru artileri.", "id", &[(Some("KOR"), A, "assert")]),
    // containers shipped from North Korea to Russia are the munitions containers of the arms claim
    ("South Korean Defense Minister Shin Won-sik said North Korea had shipped around 7,000 containers to Russia since July.", "en", &[(Some("KOR"), A, "assert")]),
    ("Menteri Pertahanan Korea Selatan Shin Won-sik mengungkapkan bahwa Pyongyang telah mengirim sekitar 6.700 kontainer ke Rusia sejak Juli tahun lalu.", "id", &[(Some("KOR"), A, "assert")]),
    // "on" joins a body's name to its topic: the UN panel speaks, not North Korea
    ("The UN Panel of Experts on North Korea said North Korea had supplied ballistic missiles to Russia.", "en", &[(Some("UN"), A, "assert")]),
    ("U.S. Defense Secretary Lloyd Austin said: \"There is evidence that there are DPRK troops in Russia.\"", "en", &[(Some("USA"), T, "assert")]),
    // a bare "government" right after a speaker's verb is the speaker's own
    ("Menteri Pertahanan Korea Selatan Shin Won-sik mengatakan Rusia memasok rudal antiudara kepada Korea Utara. Namun, Shin mengaku pemerintah belum dapat memastikan apakah Moskow juga telah mentransfer teknologi satelit militer ke Korut.", "id",
     &[(Some("KOR"), K, "assert"), (Some("KOR"), K, "hedge")]),
    // watching whether, analysing whether, referring questions elsewhere: hedges
    ("Chief Cabinet Secretary Hirokazu Matsuno said Japan was watching with concern whether the summit would lead to arms transfers from North Korea to Russia.", "en", &[(Some("JPN"), A, "hedge")]),
    ("Asked about North Korean troops in Kursk, Kremlin spokesman Dmitry Peskov referred reporters to the Defence Ministry.", "en", &[(Some("RUS"), T, "hedge")]),
    ("Penasihat Keamanan Nasional Korea Selatan Chang Ho-jin mengatakan pemerintah masih menganalisis apakah perjanjian itu akan membuka jalan bagi transfer teknologi militer Rusia ke Korea Utara.", "id", &[(Some("KOR"), K, "hedge")]),
    // a party to Russia's war: the troops claim
    ("Juru bicara Kementerian Luar Negeri Ukraina Heorhii Tykhyi mengatakan: \"Ini bukti bahwa Korea Utara adalah pihak dalam perang agresi Rusia.\"", "id", &[(Some("UKR"), T, "assert")]),
    // (the question test reads past an abbreviation with a non-ASCII capital: no panic)
    ("John Kirby said North Korea had sent troops to Russia with É.É. help?", "en", &[(Some("USA"), T, "hedge")]),
    // "denied the accusations" takes the claim of the last accusation, not the story's first claim
    ("South Korea's spy agency said North Korea has sent troops to Russia. The United States has accused North Korea of providing artillery shells to Russia. Both Moscow and Pyongyang have denied the accusations.", "en",
     &[(Some("KOR"), T, "assert"), (Some("USA"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // an affirmative "could confirm" asserts; a negated confirm with an adverb between hedges
    ("NATO Secretary General Mark Rutte said last week that the alliance could confirm North Korean troops had been sent to Russia.", "en", &[(Some("NATO"), T, "assert")]),
    ("NATO Secretary-General Mark Rutte also said on Thursday that the alliance \"cannot currently confirm\" reports of North Korean soldiers fighting in Ukraine.", "en", &[(Some("NATO"), T, "hedge")]),
    ("Foreign Minister Cho Tae-yul said Seoul had not confirmed any deployment of North Korean troops to Russia so far.", "en", &[(Some("KOR"), T, "hedge")]),
    // "stopping short of confirming or denying it" and a conditional: hedges, not denials
    ("North Korea's vice foreign minister Kim Jong Gyu said that any deployment of troops to Russia would be lawful, stopping short of confirming or denying it.", "en", &[(Some("PRK"), T, "hedge")]),
    ("Duta Besar Korea Utara untuk PBB Kim Song mengatakan: \"Kalaupun hal seperti itu ada, pengiriman tentara ke Rusia adalah kerja sama yang sah.\"", "id", &[(Some("PRK"), T, "hedge")]),
    ("WARTAWAN: Apakah Korea Utara mengirim tentara ke Rusia?\nMENLU SUGIONO: Kami belum dapat memastikan laporan tentang pengiriman tentara Korea Utara ke Rusia itu.", "id", &[(None, T, "hedge")]),
    // "made the same accusation", "tuduhan serupa": the claim of the sentence before, asserted
    ("NATO Secretary General Mark Rutte said North Korean troops were in Kursk. President Volodymyr Zelensky has repeatedly made the same accusation.", "en", &[(Some("NATO"), T, "assert"), (Some("UKR"), T, "assert")]),
    ("Menteri Pertahanan Korea Selatan mengatakan Korea Utara mengirim peluru artileri ke Rusia. Presiden Ukraina Volodymyr Zelensky melontarkan tuduhan serupa.", "id", &[(Some("KOR"), A, "assert"), (Some("UKR"), A, "assert")]),
    // a relative clause on actors whose verbs are coordinated: the second verb is theirs too
    ("Moskow, yang selama berbulan-bulan bungkam dan bahkan menyebut laporan soal pasukan Korea Utara sebagai berita palsu, baru mengakui keterlibatan tentara Korea Utara pada April.", "id",
     &[(Some("RUS"), T, "deny"), (Some("RUS"), T, "assert")]),
    ("Peskov, who stayed silent for weeks and then called the reports of North Korean troops in Kursk fake, said on Monday that North Korean soldiers had fought in Kursk.", "en",
     &[(Some("RUS"), T, "deny"), (Some("RUS"), T, "assert")]),
    // "alleged" after its subject is a verb, with a time phrase before "that"
    ("Defense Secretary Lloyd Austin alleged on Thursday that about 8,000 North Korean soldiers were already in the Kursk region.", "en", &[(Some("USA"), T, "assert")]),
    // a season between speaker and verb; an air force's spokesman speaks for its state
    ("Kremlin spokesman Dmitry Peskov last fall called U.S. claims of North Korean arms deliveries \"unsubstantiated.\"", "en", &[(Some("RUS"), A, "deny"), (Some("USA"), A, "assert")]),
    ("Ukraine's air force spokesman, Yuriy Ihnat, said it was too early to say whether the missiles fired at Kharkiv were North Korean.", "en", &[(Some("UKR"), A, "hedge")]),
    // "did not deny" in Indonesian; a satellite photo is no satellite technology
    ("Putin sendiri tidak menampik kabar pengiriman tentara Korea Utara ke Rusia, dan mengatakan bahwa jika ada foto satelit, foto itu pasti mencerminkan sesuatu.", "id", &[(Some("RUS"), T, "hedge")]),
    // a weak hedge in a relative clause on what the claim names hedges the detail, not the claim;
    // a lawmaker of a South Korean party speaks for South Korea
    ("Rep. Lee Seong-kweun of the ruling People Power Party said the North had recently sent 170 mm self-propelled howitzers to Russia, some of which could be used on the battlefield.", "en", &[(Some("KOR"), A, "assert")]),
    // a source named right after another speaker's cue opens the content that follows
    ("Park menambahkan, menurut NIS, Korea Utara telah mengirim lebih dari 13.000 kontainer berisi peluru artileri ke Rusia.", "id", &[(Some("KOR"), A, "assert")]),
    ("Park said that, according to the NIS, North Korea had sent artillery shells to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    // "the South Korean intelligence report" after Seoul only hedged on technology: the report
    // of the claim Seoul asserted (a verb after "dan" is the sentence subject's, not Seoul's)
    ("NIS menyatakan Pyongyang telah mengirim sekitar 12.000 tentara ke Rusia. Di sisi lain, NIS menilai Pyongyang kemungkinan besar akan meminta imbalan berupa teknologi satelit dari Rusia. Pada Senin, juru bicara Pentagon Sabrina Singh mengaku pihaknya belum dapat mengonfirmasi laporan intelijen Korsel tersebut dan masih mendalaminya.", "id",
     &[(Some("KOR"), T, "assert"), (Some("KOR"), K, "hedge"), (Some("USA"), T, "hedge")]),
    // a diversion ("pengalihan isu") is no transfer of technology
    ("Korea Utara membantah keras tuduhan Amerika Serikat bahwa negaranya memasok roket dan rudal kepada Grup Wagner. Pyongyang menyebut tuduhan itu sebagai pengalihan isu yang paling absurd.", "id",
     &[(Some("PRK"), A, "deny"), (Some("USA"), A, "assert")]),
    // "the allegations" after another speaker's denial in the same sentence: that claim
    ("Putin said Russia would help North Korea build satellites. Pyongyang has repeatedly denied supplying weapons to Russia, and the Kremlin has dismissed the allegations as baseless.", "en",
     &[(Some("RUS"), K, "assert"), (Some("PRK"), A, "deny"), (Some("RUS"), A, "deny")]),
    // shells shipped "in exchange for" know-how: the technology claim too
    ("Washington and Seoul say North Korea has shipped millions of artillery shells to Russia in exchange for food, fuel and military know-how.", "en",
     &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("USA"), K, "assert"), (Some("KOR"), K, "assert")]),
    // "only" between speaker and verb; choosing not to answer hedges
    ("NIS menyatakan Pyongyang telah mengirim sekitar 12.000 tentara ke Rusia. Misi Korea Utara di PBB sebelumnya hanya menyebut tuduhan kerja sama militer dengan Rusia sebagai rumor tak berdasar. Saat kembali ditanya wartawan pada Selasa, Peskov memilih tidak menjawab langsung.", "id",
     &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "deny"), (Some("RUS"), T, "hedge")]),
    // a relative clause on the subject before a parenthesis: the panel speaks; a missile
    // "buatan Korut" (North Korean-made) in Ukraine is the arms claim
    ("Panel Ahli PBB yang memantau sanksi terhadap Korut, dalam laporan yang dikirim ke Komite Sanksi bulan lalu, menyimpulkan bahwa puing rudal yang jatuh di Kharkiv berasal dari rudal balistik Hwasong-11 buatan Korut.", "id", &[(Some("UN"), A, "assert")]),
    // "konsisten" between speaker and verb; the denial that follows keeps the speaker's claim
    ("Putin mengisyaratkan Rusia siap membantu program satelit Korea Utara. Kremlin sendiri selama ini konsisten membantah membeli senjata dari Pyongyang. Juru bicara Kremlin Dmitry Peskov kembali menepis tudingan tersebut dan menyebutnya tidak berdasar.", "id",
     &[(Some("RUS"), K, "hedge"), (Some("RUS"), A, "deny")]),
    // the price of an exchange is given: a hedge on the exchange does not reach it
    ("Kementerian Unifikasi Korsel, Selasa, mengaku belum dapat memastikan apakah Pyongyang menerima teknologi militer Rusia sebagai imbalan atas pengiriman pasukan tersebut.", "id", &[(Some("KOR"), K, "hedge")]),
    ("Seoul's unification ministry said it could not confirm whether Pyongyang had received Russian military technology in return for the troops it sent to Russia.", "en", &[(Some("KOR"), K, "hedge")]),
    // a concern about a topic of its own takes no claim of the context
    ("Blinken said North Korea had been providing munitions to Russia. Earlier this week, NATO Secretary-General Jens Stoltenberg voiced concern about the deepening ties between Moscow and Pyongyang.", "en", &[(Some("USA"), A, "assert")]),
    // a relative clause on the recipient says what the recipient does ("yang ikut bertempur"),
    // while "that" after a speech verb's object opens the content
    ("Korea Utara membantah tuduhan Amerika Serikat bahwa negara itu telah memasok roket dan rudal kepada Grup Wagner, kelompok tentara bayaran Rusia yang ikut bertempur di Ukraina.", "id",
     &[(Some("PRK"), A, "deny"), (Some("USA"), A, "assert")]),
    ("General Valery Gerasimov told President Vladimir Putin that North Korean units had taken part in the fighting in Kursk.", "en", &[(Some("RUS"), T, "assert")]),
    // vague past adverbs between a relative pronoun and its verb
    ("Pyongyang, yang selama ini berulang kali membantah memasok senjata ke Moskow, belum menanggapi laporan tersebut.", "id", &[(Some("PRK"), A, "deny")]),
    // a time between a cue's words is read past ("declined on Monday to say")
    ("Kremlin spokesman Dmitry Peskov declined on Monday to say whether North Korean troops were in Russia.", "en", &[(Some("RUS"), T, "hedge")]),
    ("Juru bicara Kremlin Dmitry Peskov menolak pada Senin (21/10) untuk mengomentari laporan pengiriman pasukan Korea Utara ke Rusia.", "id", &[(Some("RUS"), T, "hedge")]),
    ("Austin said North Korean soldiers are in Russia. Austin, who only last week said Washington could not yet confirm the reports, added that the deployment was serious.", "en", &[(Some("USA"), T, "assert"), (Some("USA"), T, "hedge")]),
    // the question is the answer's topic: set off between speaker and verb, after a fronted
    // time, or a long aside that ends in a place
    ("Putin, asked about satellite images of North Korean troops in Russia, said that \"if there are images, they reflect something\".", "en", &[(Some("RUS"), T, "hedge")]),
    ("In October 2024, asked about satellite images of North Korean troops in Russia, Putin said that \"if there are images, they reflect something\".", "en", &[(Some("RUS"), T, "hedge")]),
    ("On Thursday, Russian President Vladimir Putin, asked at a press conference following the BRICS summit in Kazan about satellite images allegedly showing DPRK soldiers in Russia, said that \"images are a serious thing. If there are images, they reflect something.\"", "en", &[(Some("RUS"), T, "hedge")]),
    // a comment on the claim after a comma: its own subject speaks, the speaker before does not
    ("Washington accused Pyongyang of supplying shells to Russia, claims that both Pyongyang and Moscow have denied.", "en", &[(Some("USA"), A, "assert"), (Some("PRK"), A, "deny"), (Some("RUS"), A, "deny")]),
    ("Washington accused Pyongyang of supplying shells to Russia, claims that Moscow has rejected.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("Washington dan Seoul menuduh Pyongyang memasok rudal ke Moskow, klaim yang hingga kini tidak pernah dibuktikan secara terbuka oleh Washington.", "id", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert")]),
    ("Kim criticized Seoul, saying that North Korea never sent arms to Russia.", "en", &[(Some("PRK"), A, "deny")]),
    // "not only ... but also" negates nothing
    ("Presiden Volodymyr Zelensky awal bulan ini menuding Korut tak hanya memasok amunisi dan rudal ke Rusia, tetapi juga mengirim personel militer.", "id", &[(Some("UKR"), A, "assert"), (Some("UKR"), T, "assert")]),
    // an office set off before a name speaks for its state; another speaker's clause ends the scope
    ("Russia's ambassador to South Korea, Georgy Zinoviev, said talk of Russian military technology flowing to North Korea was speculation.", "en", &[(Some("RUS"), K, "deny")]),
    ("South Korea said North Korea sent troops to Russia. In October, Kremlin spokesperson Dmitry Peskov dismissed the reports as \"another fake,\" while North Korea's foreign ministry said that it had never sent troops to Russia.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny"), (Some("PRK"), T, "deny")]),
    // a quoted answer in the sentence after the question is about the question's claim
    ("Kala itu, Putin ditanya wartawan apakah Rusia akan membantu Korea Utara membangun satelit. \"Itulah sebabnya kami datang ke sini,\" jawabnya singkat.", "id", &[(Some("RUS"), K, "assert")]),
    ("Ditanya wartawan apakah Moskow akan membantu Pyongyang membangun satelit, Putin menjawab singkat. \"Itulah sebabnya kami datang ke sini,\" kata Putin.", "id", &[(Some("RUS"), K, "assert")]),
    // "hard to deny" asserts; its agent denies nothing
    ("Korea Selatan menyebut Korut mengirim pasukan ke Rusia. Pengamat Yang Moo-jin menilai penangkapan itu menjadi bukti yang sulit dibantah oleh Moskow maupun Pyongyang.", "id", &[(Some("KOR"), T, "assert"), (None, T, "assert")]),
    // "without confirming" hedges
    ("South Korea said North Korea had sent troops to Russia. Nebenzia said cooperation with Pyongyang was legal, without confirming that any troops were present.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    ("Korea Selatan menyebut Korut mengirim pasukan ke Rusia. Peskov mengatakan kerja sama kedua negara sah, tanpa mengonfirmasi keberadaan pasukan Korut.", "id", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    // a time in the question is no topic of its own
    ("Ukraine said it captured two North Korean soldiers in Kursk. Asked about the prisoners on Monday, Kremlin spokesperson Dmitry Peskov declined to comment, saying the question should be put to the Russian Defense Ministry.", "en", &[(Some("UKR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    // a source coordinated after an alias's closing dot
    ("North Korea has shipped shells to Russia, according to U.S. and South Korean officials.", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert")]),
    // a passive comment on the claim after an accuser's statement speaks
    ("AS menuduh Korut memasok peluru ke Rusia, tuduhan yang dibantah Moskow maupun Pyongyang.", "id", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    ("Washington accused Pyongyang of supplying shells to Russia, claims that were denied by Moscow.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    // "the agency" after a subject that follows a fronted time; a body named earlier in the sentence
    ("Pada Rabu (23/10), NIS memperbarui penilaiannya dalam rapat tertutup. Menurut lembaga itu, sekitar 3.000 tentara Korea Utara kini berada di Rusia.", "id", &[(Some("KOR"), T, "assert")]),
    ("On Wednesday, the NIS updated its assessment in a closed-door briefing. According to the agency, about 3,000 North Korean troops are now in Russia.", "en", &[(Some("KOR"), T, "assert")]),
    ("Korea Utara membantah. Laporan NIS itu muncul sebulan setelah lembaga tersebut pertama kali mengungkap pengiriman sekitar 10.000 tentara Korut ke Rusia.", "id", &[(Some("KOR"), T, "assert")]),
    // a place's country closing an apposition is no speaker
    ("Andrei Lankov, pengajar di Universitas Kookmin, Seoul, menilai Rusia kini memberikan teknologi rudal kepada Korea Utara.", "id", &[(None, K, "assert")]),
    ("Budi Santoso, dosen di Universitas Kookmin, Seoul, menilai Korea Utara memasok rudal ke Rusia.", "id", &[(None, A, "assert")]),
    // a vague past between speaker and cue; "mengungkap"
    ("Menteri Pertahanan Korsel Shin Won-sik beberapa waktu lalu menyebut Pyongyang telah mengapalkan sekitar 6.700 kontainer amunisi ke Rusia.", "id", &[(Some("KOR"), A, "assert")]),
    ("South Korean Defense Minister Shin Won-sik recently said Pyongyang had shipped about 6,700 containers of munitions to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    ("Di Kyiv, Jaksa Agung Ukraina Andriy Kostin pada Februari mengungkap Rusia telah meluncurkan sekitar 20 rudal balistik Korut ke wilayah negaranya.", "id", &[(Some("UKR"), A, "assert")]),
    // a reverse verb whose passive agent is the recipient
    ("Jaksa Agung Ukraina Andriy Kostin menyebut rudal-rudal Korut yang ditembakkan Rusia memiliki akurasi rendah.", "id", &[(Some("UKR"), A, "assert")]),
    ("Ukraine's prosecutor general said Pyongyang's missiles launched by Russia had poor accuracy.", "en", &[(Some("UKR"), A, "assert")]),
    // the agent as the subject of a reverse verb is still no claim
    ("Jaksa Agung Ukraina menyebut Korut membeli rudal dari Iran.", "id", &[]),
    // a time set off after an alias in brackets
    ("Direktorat Intelijen Utama Kementerian Pertahanan Ukraina (HUR), Kamis, mengklaim unit pertama tentara Korut sudah tiba di Rusia.", "id", &[(Some("UKR"), T, "assert")]),
    // another state as the subject of the giving verb
    ("Kirby also said Iran had not yet delivered close-range ballistic missiles to Moscow.", "en", &[]),
    ("Kirby mengatakan Iran belum mengirim rudal balistik jarak pendek ke Moskow.", "id", &[]),
    ("Kirby said North Korea and Iran had delivered ballistic missiles to Moscow.", "en", &[(Some("USA"), A, "assert")]),
    // "leave no doubt"; arming Russia
    ("Blinken said these findings leave no doubt that the DPRK has been arming Russia's war of aggression.", "en", &[(Some("USA"), A, "assert")]),
    // a dual reference to the two states coordinated in the sentence before; not an office
    ("Yang dikhawatirkan Seoul dan Washington bukan hanya soal peluru. Keduanya cemas Moskow membalas pasokan tersebut dengan teknologi satelit dan rudal.", "id", &[(Some("KOR"), K, "hedge"), (Some("USA"), K, "hedge")]),
    ("Korea Utara dan Rusia menandatangani pakta pertahanan. Kedua negara membantah tuduhan bahwa Pyongyang mengirim senjata ke Moskow.", "id", &[(Some("PRK"), A, "deny"), (Some("RUS"), A, "deny")]),
    ("North Korea and Russia signed a defense pact in June. Both countries have denied that Pyongyang supplied arms to Moscow.", "en", &[(Some("PRK"), A, "deny"), (Some("RUS"), A, "deny")]),
    ("North Korea and Russia signed a defense pact in June. Two officials said Pyongyang had supplied arms to Moscow.", "en", &[(None, A, "assert")]),
    // "at one point" between speaker and cue; declining to comment further after a denial is no hedge
    ("South Korea said Pyongyang sent troops. Kremlin spokesman Dmitry Peskov at one point called the report \"another fake\".", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("South Korea said Pyongyang sent troops. Peskov called the report \"another fake\" and declined to comment further.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("Korea Selatan menyebut Korut mengirim pasukan ke Rusia. Peskov menyebutnya \"satu lagi berita palsu\" dan enggan berkomentar lebih jauh.", "id", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    // a pronoun after a sentence whose subject is an office's named holder
    ("Juru bicara NATO mengatakan aliansi itu memantau laporan pengiriman tentara Korut ke Rusia. Presiden Ukraina Volodymyr Zelensky sudah lebih dulu membunyikan alarm. Dalam pidato malamnya, ia menyebut Korut mengirim tentara ke Rusia.", "id", &[(Some("NATO"), T, "hedge"), (Some("UKR"), T, "assert")]),
    // a pronoun does not refer to the person a clause addresses
    ("Presiden Ukraina Volodymyr Zelensky lebih dulu buka suara. Dalam suratnya kepada Presiden Yoon Suk Yeol pekan lalu, ia menyebut tentara Korut sudah tiba di Rusia.", "id", &[(Some("UKR"), T, "assert")]),
    // a speech verb whose object is a question or a topic says what the talk was about
    ("Putin answered reporters' questions about North Korean troops.", "en", &[]),
    ("Putin commented on the North Korean troops.", "en", &[]),
    ("Kirby commented on Monday that North Korean troops were in Kursk.", "en", &[(Some("USA"), T, "assert")]),
    ("Kirby said about 3,000 North Korean troops were in Kursk.", "en", &[(Some("USA"), T, "assert")]),
    ("Putin menjawab pertanyaan wartawan soal pasukan Korut.", "id", &[]),
    ("In December, Ukraine's military intelligence chief Kyrylo Budanov said about half of the shells fired by Russian forces come from North Korea.", "en", &[(Some("UKR"), A, "assert")]),
    ("Kirby mengatakan, terkait pengiriman senjata, Korut telah memasok peluru ke Rusia.", "id", &[(Some("USA"), A, "assert")]),
    // the hedge of a question's answer: "if there are images, they reflect something"
    ("Korea Utara mengirim tentara ke Rusia, kata NIS. Ditanya soal citra satelit pergerakan pasukan itu, Putin menjawab, \"Citra satelit adalah hal yang serius. Kalau ada citra, berarti itu mencerminkan sesuatu.\"", "id", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    ("Korea Utara mengirim tentara ke Rusia, kata NIS. Namun Presiden Vladimir Putin, ditanya soal citra satelit pergerakan pasukan itu di sela KTT BRICS di Kazan, Kamis (24/10), menjawab, \"Citra satelit adalah hal yang serius. Kalau ada citra, berarti itu mencerminkan sesuatu.\"", "id", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    ("Seoul said North Korean troops were in Russia. Putin, asked about the satellite images at the BRICS summit in Kazan, on Thursday, replied: \"If there are images, they reflect something.\"", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    // the subject before an event phrase whose noun's object is a body
    ("Korea Utara membantah laporan pengiriman tentara ke Rusia. Senin (21/10), delegasi Korut dalam sidang Komite Pertama Majelis Umum PBB masih menepis tuduhan tersebut sebagai \"rumor tak berdasar\".", "id", &[(Some("PRK"), T, "deny")]),
    ("The North Korean delegation at a session of the United Nations General Assembly dismissed reports that it sent troops to Russia as groundless rumors.", "en", &[(Some("PRK"), T, "deny")]),
    // refusing to respond is no denial
    ("Gedung Putih menuding Moskow hendak membeli amunisi dari Pyongyang. Peskov menolak menanggapi tudingan Washington bahwa Moskow hendak membeli amunisi dari Pyongyang.", "id", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "hedge")]),
    // "lembaga itu" is the body named in the sentence before, not the last speaker
    ("Peskov menyebut kabar pengiriman pasukan Korut sebagai \"hoaks lain\". Kabar pengiriman pasukan pertama kali diungkap Badan Intelijen Nasional Korea Selatan (NIS) pada Jumat (18/10). Lembaga itu menyebut sekitar 1.500 personel pasukan khusus Korut telah diangkut kapal Angkatan Laut Rusia ke Vladivostok.", "id", &[(Some("RUS"), T, "deny"), (Some("KOR"), T, "assert")]),
    // the state an office deals with, before "affairs"
    ("\"The DPRK has never had an arms deal with Wagner or with Russia,\" Kwon Jong Gun, director-general of the department of U.S. affairs at the North's Foreign Ministry, said in a statement.", "en", &[(Some("PRK"), A, "deny")]),
    ("Seoul menyebut Korut mengirim tentara ke Rusia. Kementerian Luar Negeri China, pada hari yang sama dengan sidang PBB itu, memilih irit bicara. \"Saya tidak mengetahui situasi yang relevan,\" kata juru bicara kementerian itu, Lin Jian, di Beijing.", "id", &[(Some("KOR"), T, "assert"), (Some("CHN"), T, "hedge")]),
    // an actor's own name after its article ends an apposition chain as the speaker
    ("North Korea has delivered infantry rockets and missiles to the Wagner Group, the Russian mercenary army fighting some of the bloodiest battles of the war in Ukraine, the White House said yesterday.", "en", &[(Some("USA"), A, "assert")]),
    // not saying where is no hedge; not saying whether is
    ("Ukrainian troops have clashed with North Korean soldiers for the first time, Defense Minister Rustem Umerov said. He did not say where the fighting happened or whether there were casualties.", "en", &[(Some("UKR"), T, "assert")]),
    ("Tentara kami berhasil menangkap prajurit militer Korea Utara di wilayah Kursk, tulis Zelensky.", "id", &[(Some("UKR"), T, "assert")]),
    // "not about X" negates the topic, not the claim
    ("Zelensky mengatakan Korea Utara mengirim 10.000 tentara ke Rusia. \"Ini bukan lagi soal transfer senjata. Ini soal pengerahan pasukan,\" ujarnya.", "id", &[(Some("UKR"), T, "assert")]),
    // a place frame names the state of an office met before under another state
    ("Foreign Minister Sergei Lavrov denied that North Korea had supplied arms to Russia. In Seoul, the foreign ministry said it was closely monitoring whether the two sides had struck deals on weapons.", "en", &[(Some("RUS"), A, "deny"), (Some("KOR"), A, "hedge")]),
    // "disebutnya" is the speaker's own word, not the writer's hedge
    ("Gerasimov secara khusus menyebut peran prajurit Korea Utara yang disebutnya menunjukkan \"profesionalisme tinggi\" dalam pertempuran di Kursk.", "id", &[(Some("RUS"), T, "assert")]),
    ("Kementerian Luar Negeri Korsel mengecam pengakuan itu. Kementerian itu juga mewaspadai kemungkinan Moskow memberikan teknologi militer kepada Korut sebagai imbalan.", "id", &[(Some("KOR"), K, "hedge")]),
    ("Blinken menambahkan, AS khawatir Moskow dapat membalasnya dengan memberikan dukungan bagi program rudal dan senjata Korut.", "id", &[(Some("USA"), K, "hedge")]),
    // the agent's own missile launch is no transfer
    ("Beberapa jam sebelum Kim dan Putin bertemu, Korea Utara menembakkan dua rudal balistik jarak pendek ke laut lepas pantai timurnya, kata militer Korea Selatan.", "id", &[]),
    // declining to comment on a side topic
    ("Putin said Russia would help North Korea build satellites. Chinese foreign ministry spokesperson Lin Jian declined to comment on the pact, calling it a bilateral matter.", "en", &[(Some("RUS"), K, "assert")]),
    ("Putin menyebut Rusia bisa membantu Korut membangun satelit. Juru bicara Kementerian Luar Negeri China Lin Jian menolak berkomentar soal pakta tersebut dan menyebutnya sebagai urusan bilateral.", "id", &[(Some("RUS"), K, "assert")]),
    ("Tahun lalu, Pyongyang membantah pernah memasok senjata ke Rusia dan menyebut laporan AS sebagai \"rumor\" yang disebarkan pasukan musuh.", "id", &[(Some("PRK"), A, "deny"), (Some("USA"), A, "assert")]),
    ("Chief Cabinet Secretary Yoshimasa Hayashi told reporters that Japan was gravely concerned that Putin had not ruled out military-technical cooperation with North Korea.", "en", &[(Some("JPN"), K, "hedge")]),
    // "it" is not the one told
    ("South Korea's Defense Ministry told RFA on Wednesday it could not confirm whether the two sides had struck an arms deal.", "en", &[(Some("KOR"), A, "hedge")]),
    ("South Korean officials believe Russia has handed over air-defence systems and may be helping with satellites and submarines.", "en", &[(Some("KOR"), K, "hedge")]),
    ("Last month, Kim Jong Un's powerful sister, Kim Yo Jong, dismissed reports of weapons exports to Russia as \"the most absurd paradox\", saying North Korea had no intention of selling its arms abroad.", "en", &[(Some("PRK"), A, "deny")]),
    // a state inside an academic body's name is not a speaker met before
    ("North Korea publicly confirmed in late April that it had sent troops to fight alongside Russian forces. \"The tech-transfer section is the most cautious part of the document,\" Kim Dong-yup, a professor at the University of North Korean Studies, told NK News. He said Russian help with satellites was likely but had not been proven.", "en", &[(Some("PRK"), T, "assert"), (None, K, "hedge")]),
    // a count modifier before the subject body ("The 11-member ..."): "It" is that body
    ("Moscow called the findings absurd. The 11-member Multilateral Sanctions Monitoring Team (MSMT) released its first report in Seoul on Thursday. It said North Korea had transferred at least 9 million rounds of artillery ammunition to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    // a subordinate clause after a fronted time frames the speaker; "such accounts" is its claim
    ("Earlier this month, after Ukraine said that North Korean officers had been killed in a missile strike near Donetsk, Peskov dismissed such accounts as fake.", "en", &[(Some("UKR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("Earlier this month, after Ukrainian media reported that North Korean officers had been killed in a missile strike near Donetsk, Peskov called such accounts \u{201c}another fake.\u{201d}", "en", &[(Some("RUS"), T, "deny")]),
    // a participle after a quote's attribution goes on with the same speaker
    ("North Korea has sent troops to Russia, Seoul said. \u{201c}North Korea is our neighbor,\u{201d} Peskov said, adding that he had nothing to add on the troops.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    // a person after the office that opens the sentence is its subject; "he" is that person
    ("\"We are concerned that North Korea is planning to deliver more military equipment,\" Kirby said. Wagner's founder, Yevgeny Prigozhin, was even more blunt. \"As far as I know, North Korea has not supplied any weapons to Russia for a long time,\" he said.", "en", &[(Some("USA"), A, "hedge"), (Some("RUS"), A, "deny")]),
    // an office set off before the name names the state, after a title of its own
    ("Kirby said North Korea had shipped arms to Wagner. Seoul and Tokyo were more cautious on Friday, while Japan's top government spokesman, Chief Cabinet Secretary Hirokazu Matsuno, said Tokyo was \"gathering and analyzing information\" and declined to comment further.", "en", &[(Some("USA"), A, "assert"), (Some("JPN"), A, "hedge")]),
    // "sharing information" is no technology transfer
    ("Kirby said North Korea had completed an initial arms delivery to Wagner. South Korean foreign ministry spokesperson Lim Soo-suk said the government could not confirm the details of the U.S. findings but was \"closely sharing information\" with Washington.", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "hedge")]),
    // a hedge opening a coordinated predicate after the claim speaks of what follows it
    ("Seoul menilai pengiriman pasukan Korut ke Rusia itu sebagai ancaman serius dan tidak menutup kemungkinan Rusia membalasnya dengan menyerahkan teknologi militer sensitif kepada Pyongyang.", "id", &[(Some("KOR"), T, "assert"), (Some("KOR"), K, "hedge")]),
    ("Zelensky menyebut Korea Utara mengirim tentara ke Rusia. \"Ini bukan lagi sekadar soal transfer senjata. Ini transfer orang dari Korea Utara ke militer Rusia,\" kata Zelensky.", "id", &[(Some("UKR"), T, "assert")]),
    // an acronym names the speaker it spells; "it" is not the content's subject
    ("Seoul's Joint Chiefs of Staff estimated that some 4,700 North Korean soldiers had been killed or wounded. The JCS added that the North may be receiving Russian help with its reconnaissance satellite and missile programs in return, though it could not confirm the scope of that assistance.", "en", &[(Some("KOR"), T, "assert"), (Some("KOR"), K, "hedge")]),
    // a hedge in another proposition after a speech participle does not reach the claim
    ("In Rome on Wednesday, U.S. Defense Secretary Lloyd Austin said there was \"evidence that there are DPRK troops in Russia,\" adding that what exactly they were doing there \"remains to be seen.\"", "en", &[(Some("USA"), T, "assert")]),
    // "the captures" refers back to the claim
    ("North Korean soldiers were captured in Kursk, Ukraine said. In Moscow, Kremlin spokesman Dmitry Peskov declined to comment on the captures on Jan 13, saying questions should be put to the Defence Ministry.", "en", &[(Some("UKR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    // a proposition after "adding that" is not what the hedge before it is about; a topic
    // ends at its clause's comma
    ("North Korea sent troops to Russia, Seoul said. Lin Jian said he was not aware of the situation, adding that Beijing's position was clear.", "en", &[(Some("KOR"), T, "assert"), (Some("CHN"), T, "hedge")]),
    // a predicate joined by a conjunction has the subject of the first one, not the
    // actors named in its object
    // (and an office of no named state speaks for the place of the frame that opens the unit)
    ("In Seoul, a Defense Ministry official said South Korea was closely monitoring military cooperation between the North and Russia but could not confirm the details of the arms shipment.", "en", &[(Some("KOR"), A, "hedge")]),
    ("Di Moskow, seorang pejabat kementerian luar negeri menyebut laporan pengiriman pasukan Korea Utara itu bohong.", "id", &[(Some("RUS"), T, "deny")]),
    // "no longer just a transfer of weapons" negates a topic, not the claim; the transfer of
    // people is the troops
    ("\"Ini sudah bukan lagi sekadar transfer senjata. Ini transfer orang dari Korea Utara ke militer Rusia,\" kata Zelensky. Kremlin menepis laporan tersebut.", "id", &[(Some("UKR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("\"This is no longer just a transfer of weapons. This is a transfer of people from North Korea to the armed forces of Russia,\" Zelensky said.", "en", &[(Some("UKR"), T, "assert")]),
    // support for the agent's own war names no claim of the agent giving
    ("NIS menyebut Korea Utara mengirim pasukan ke Rusia. \"Namun keterlibatan Korea Utara, jika benar, akan menandai eskalasi yang signifikan dalam dukungannya bagi perang ilegal Rusia,\" kata juru bicara NATO Farah Dakhlallah.", "id", &[(Some("KOR"), T, "assert"), (Some("NATO"), T, "hedge")]),
    // the office before a person whose roles need a date speaks for its body in the
    // sentences after
    ("Nato secretary general Jens Stoltenberg was blunter. \"Russia is receiving ammunition from North Korea,\" he said.", "en", &[(Some("NATO"), A, "assert")]),
    // a place frame with a date set off at its end is a frame, not the speaker's content
    ("Korea Utara akhirnya buka suara soal laporan pengiriman ribuan tentaranya ke Rusia.\n\nDalam sidang Komite Pertama di New York, Senin (21/10), delegasi Korut menyebut tuduhan tersebut sebagai \"rumor tak berdasar\".", "id", &[(Some("PRK"), T, "deny")]),
    // a relative clause set off by commas between the speaker and the cue
    ("South Korea's foreign ministry, which hosted a briefing for diplomats in Seoul on the report, said that North Korea sent troops to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    // a delegation of a state at the UN speaks for the state; a time may close the head of a
    // relative clause; "no need to comment" is a hedge
    ("NIS menyebut Korut mengirim tentara ke Rusia. Pekan ini, delegasi Korut di Komite Pertama Majelis Umum PBB juga menepis tuduhan serupa sebagai \"rumor tak berdasar\".", "id", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "deny")]),
    ("NIS menyebut Korut mengirim tentara ke Rusia. Sikap itu berbeda dengan pernyataan juru bicara Kremlin Dmitry Peskov pekan lalu, yang menyebut laporan serupa sebagai \"berita palsu lainnya\".", "id", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("NIS menyebut Korut mengirim tentara ke Rusia. Wakil Menteri Luar Negeri Korut Kim Jong Gyu mengatakan kementeriannya tidak merasa perlu mengomentari laporan media.", "id", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "hedge")]),
    // a lawmaker does not speak for the subject of the clause he reports
    ("About 300 North Korean soldiers dispatched to Russia have been killed, a lawmaker said Monday.", "en", &[(None, T, "assert")]),
    // a proposition after a semicolon or "saying only that" is not what a denial or hedge
    // before it is about
    ("Seoul says North Korean troops have been sent to Russia. Last month the Kremlin dismissed reports of the deployment as \"fake\"; it has since declined to comment, saying only that its cooperation with North Korea is \"not directed against third countries\".", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    // a panel or committee of a body speaks for it
    ("The UN panel concluded that the debris came from a North Korean Hwasong-11 missile fired by Russia.", "en", &[(Some("UN"), A, "assert")]),
    // "instead of denying" is no denial
    ("NIS menyebut Korut mengirim pasukan ke Rusia. Namun, alih-alih membantah, Pyongyang menyebut langkah semacam itu sah menurut hukum internasional.", "id", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "hedge")]),
    ("Seoul said North Korea had sent troops to Russia. Instead of denying it, Pyongyang called such a move lawful under international law.", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "hedge")]),
    // a weak hedge in a participle clause after the claim is about what follows it
    ("In Washington, the US secretary of state, Antony Blinken, said last week that Russia intended to share space and satellite technology with Pyongyang in return for the troops, warning that this could undermine the stability of the Korean peninsula.", "en", &[(Some("USA"), K, "assert")]),
    // "was quoted as saying" reports what its subject said
    ("The NIS told lawmakers that Pyongyang has shipped ballistic missiles to Russia. In return, Moscow is likely providing air defense equipment and drone technology, the agency was quoted as saying.", "en", &[(Some("KOR"), A, "assert"), (Some("KOR"), K, "hedge")]),
    // a reference that is the action of the recent claim ("the transfers") is to it, not to
    // the story's lead
    ("Putin pledged to help North Korea with satellite technology. The United States accuses Pyongyang of supplying Moscow with ballistic missiles and artillery shells. Moscow and Pyongyang have both denied the transfers.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // soldiers prepared to join Russian forces, an army's participation in Kursk
    ("On Thursday, Ukrainian President Volodymyr Zelenskiy told reporters in Brussels that his intelligence showed North Korea was preparing 10,000 soldiers to join Russian forces.", "en", &[(Some("UKR"), T, "assert")]),
    ("A North Korean Foreign Ministry spokesperson said the Korean People's Army's participation in the \"liberation of Kursk\" was a just exercise of sovereign rights.", "en", &[(Some("PRK"), T, "assert")]),
    // an office set off before a name opens the sentence; it is no content
    ("Seoul said North Korean soldiers were in Russia. Pyongyang's envoy to the United Nations, Kim Song, told a General Assembly committee in October that the reports were \"groundless, stereotyped rumors.\"", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "deny")]),
    // a recipient as the source of what it recruits is its own (no claim); received from the agent is
    ("Kirby said the shipment was made last month. He said Wagner had some 50,000 personnel in Ukraine, 40,000 of them convicts recruited from Russian prisons.", "en", &[]),
    ("Kirby said Russia had recruited soldiers from North Korea.", "en", &[(Some("USA"), T, "assert")]),
    ("Menurut Kirby, Wagner memiliki 50.000 personel di Ukraina, sebagian besar narapidana yang direkrut dari penjara Rusia.", "id", &[]),
    // a progressive stance verb keeps its subject before the auxiliaries; after a comma it speaks for the clause's subject
    ("Seoul said North Korean troops were in Russia. Moscow has been dismissing the reports as fake.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("Seoul said North Korean troops were in Russia. Russia is denying the reports.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("South Korea's spy agency reported that North Korean special forces had been shipped to Vladivostok. North Korea's delegation at the United Nations went further, dismissing the reports as \"groundless, stereotyped rumors.\"", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "deny")]),
    // a quoted "direct participant"; a deployment "if it existed" is hedged
    ("Ukraine's Foreign Ministry said on Monday that Pyongyang was now a self-confessed \"direct participant\" in the aggression.", "en", &[(Some("UKR"), T, "assert")]),
    ("Seoul said North Korean troops were in Russia. Vice Foreign Minister Kim Jong Gyu would only say that such a deployment, if it existed, would conform to international law.", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "hedge")]),
    // the object a restrictive relative clause hangs on is the content of its speakers, every party of them
    ("Pyongyang has never acknowledged the artillery shells and ballistic missiles that Seoul, Washington and Kyiv say it has shipped to Russia.", "en", &[(Some("KOR"), A, "assert"), (Some("USA"), A, "assert"), (Some("UKR"), A, "assert")]),
    ("Pyongyang never acknowledged the shells that, according to Seoul, it shipped to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    ("Korut tidak pernah mengakui peluru artileri yang menurut AS dan Korsel telah dikirim ke Rusia.", "id", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert")]),
    // a hedge inside a held proposition is the holder's
    ("Lee juga menyampaikan penilaian NIS bahwa Moskow kemungkinan memberikan imbalan berupa teknologi militer.", "id", &[(None, K, "hedge"), (Some("KOR"), K, "hedge")]),
    ("The lawmaker cited the NIS assessment that Moscow had given Pyongyang satellite technology.", "en", &[(Some("KOR"), K, "assert")]),
    // a pronoun in a free relative is the sentence's speaker; a recipient that received no weapons denies
    ("The United States on Thursday said North Korea had delivered infantry rockets and missiles to Russia's Wagner Group, in what it described as an initial arms shipment.", "en", &[(Some("USA"), A, "assert")]),
    ("Prigozhin also rejected the accusation. In a statement released by his company on Thursday, he called the report \"gossip and speculation\" and said Wagner had received no weapons from Pyongyang.", "en", &[(Some("RUS"), A, "deny")]),
    // a reference that spells out another topic takes no claim of the context
    ("North Korea confirmed it sent troops to Russia. Ukraine's military said fighting in parts of Kursk was continuing and dismissed Moscow's claim of having recaptured the region as \"propaganda\".", "en", &[(Some("PRK"), T, "assert")]),
    ("Korut mengakui telah mengirim tentara ke Rusia. Militer Ukraina menepis klaim Moskow bahwa wilayah Kursk sudah direbut kembali sepenuhnya.", "id", &[(Some("PRK"), T, "assert")]),
    ("Seoul said North Korea had sent troops to Russia. Moscow dismissed the claim that it had received soldiers from Pyongyang.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    // declining to say more right after one's own stance takes no new stance; declining to comment on a new report does
    ("Seoul said North Korea had sent 1,500 troops to Russia. \"This is another fake,\" Kremlin spokesman Dmitry Peskov told reporters. He declined to elaborate further.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("NIS menyebut Korut mengirim 1.500 tentara ke Rusia. \"Ini berita palsu lainnya,\" kata juru bicara Kremlin Dmitry Peskov kepada wartawan. Ia menolak menjelaskan lebih jauh.", "id", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("Seoul said North Korea had sent 1,500 troops to Russia. Kremlin spokesman Dmitry Peskov declined to comment on the report.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    // another state right after the action is its object: the weapons go elsewhere
    ("Seoul said North Korea sent shells to Russia. Putin warned that if Western countries kept supplying Kyiv with long-range weapons, Russia reserved the right to send arms to other regions of the world.", "en", &[(Some("KOR"), A, "assert")]),
    ("Seoul said North Korea was supplying Russia with shells.", "en", &[(Some("KOR"), A, "assert")]),
    // joint chiefs are an office; hyphenated and British forms of technology; people sent; missile transfers
    ("South Korea's joint chiefs of staff said last month that the North had shipped shells. In return, the joint chiefs said, Russia had probably supplied Pyongyang with Pantsir air-defence systems, and might help with its spy-satellite programme.", "en", &[(Some("KOR"), A, "assert"), (Some("KOR"), K, "hedge")]),
    ("Seoul's National Intelligence Service estimates that about 15,000 North Koreans have been sent to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    ("A State Department spokesman said the North's \"direct military support to Russia, including troop deployments and ballistic missile transfers, must end\".", "en", &[(Some("USA"), A, "assert"), (Some("USA"), T, "assert")]),
    // an object a direction word leads to is where the action goes, not what is sent
    ("North Korea denied sending arms to Russia. Kim said the tactical ballistic missiles that her brother inspected would be deployed to front-line units facing the South.", "en", &[(Some("PRK"), A, "deny")]),
    ("NATO is concerned about the support that Russia provides to North Korea when it comes to supporting their missile and nuclear programs.", "en", &[(Some("NATO"), K, "hedge")]),
    // a source relayed after the cue's addressee and a complementizer opens the content
    ("Anggota Komite Intelijen Majelis Nasional, Park Sun-won, mengatakan kepada wartawan bahwa menurut NIS sekitar 3.000 tentara Korut sudah berada di Rusia.", "id", &[(Some("KOR"), T, "assert")]),
    ("Lawmaker Park Sun-won told reporters that according to the NIS about 3,000 North Korean troops were already in Russia.", "en", &[(Some("KOR"), T, "assert")]),
    // "pada masa itu" between subject and cue; a weak hedge after ", and some" does not reach the claim before it
    ("NIS menyebut Korut mengirim tentara ke Rusia. Kremlin pun pada masa itu menepis tuduhan serupa sebagai berita palsu.", "id", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("According to South Korean lawmakers briefed by the National Intelligence Service, North Korean soldiers sent to Russia are being trained in drone operations, and some may have already been moved to the front line.", "en", &[(Some("KOR"), T, "assert")]),
    // a claim under "any" is a hypothesis
    ("North Korea denied selling arms to Russia. In Seoul, the foreign ministry said Friday it was watching the reports and noted that any arms transfer by the North would violate UN Security Council resolutions.", "en", &[(Some("PRK"), A, "deny"), (Some("KOR"), A, "hedge")]),
    ("Seoul said the North had transferred arms to Russia in violation of UN Security Council resolutions.", "en", &[(Some("KOR"), A, "assert")]),
    // the agent's own "similar claim" repeats its denial
    ("North Korea on Thursday denied it had sent arms to Wagner, calling the report the most absurd red herring. The regime made a similar claim in November, when an official of its Defense Ministry said Pyongyang had never had arms dealings with Russia.", "en", &[(Some("PRK"), A, "deny")]),
    ("The United States said North Korea had sent arms to Russia. Seoul made a similar claim in November.", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert")]),
    // a participle after a comma speaks for the subordinate clause's subject when the main
    // clause's subject is no actor
    ("North Korea confirmed on Monday that it had deployed troops to Russia's Kursk region. The acknowledgment came two days after Russia's chief of general staff, Gen. Valery Gerasimov, credited the North Korean troops publicly for the first time, saying Saturday that they had \"provided significant assistance\" in routing Ukrainian forces from Kursk.", "en", &[(Some("PRK"), T, "assert"), (Some("RUS"), T, "assert")]),
    // a speech participle with its own subject after a comma opens another proposition
    ("For months, the Kremlin had declined to confirm the North Koreans' presence, with spokesman Dmitry Peskov saying only that military cooperation with Pyongyang was a sovereign matter for the two countries.", "en", &[(Some("RUS"), T, "hedge")]),
    // "provision" is a giving action
    ("The U.S. State Department said in a statement Monday that North Korea's \"direct provision of troops and munitions\" to Russia was prolonging the war and must end.", "en", &[(Some("USA"), T, "assert"), (Some("USA"), A, "assert")]),
    ("Kementerian Luar Negeri AS menyatakan penyediaan pasukan dan amunisi oleh Korea Utara kepada Rusia memperpanjang perang.", "id", &[(Some("USA"), T, "assert"), (Some("USA"), A, "assert")]),
    // a partial quote closing a reported clause: the clause is what is said
    ("North Korea has sent Russia \"dozens of ballistic missiles and over 11,000 containers of munitions\", US State Department spokesman Matthew Miller told reporters on Tuesday.", "en", &[(Some("USA"), A, "assert")]),
    ("Korea Utara telah mengirim \"puluhan rudal balistik dan lebih dari 11.000 kontainer amunisi\" ke Rusia, kata juru bicara Departemen Luar Negeri AS Matthew Miller.", "id", &[(Some("USA"), A, "assert")]),
    // the actor's own side coordinated after it: the actor speaks
    ("The United States and its allies have accused North Korea of supplying ballistic missiles and artillery shells to Russia.", "en", &[(Some("USA"), A, "assert")]),
    ("AS dan sekutunya menuduh Korea Utara memasok rudal balistik dan peluru artileri ke Rusia.", "id", &[(Some("USA"), A, "assert")]),
    // "mengeklaim" (the standard spelling); neither confirming nor denying with "pernah"
    ("Adapun Direktorat Intelijen Utama Kementerian Pertahanan Ukraina (HUR) mengeklaim unit pertama pasukan Korut telah tiba di wilayah Kursk pada Rabu.", "id", &[(Some("UKR"), T, "assert")]),
    ("Adapun Moskow selama ini tidak pernah membenarkan maupun membantah keberadaan tentara Korut di wilayahnya.", "id", &[(Some("RUS"), T, "hedge")]),
    // shells that "come from" the agent
    ("Kyrylo Budanov, the head of the HUR, said last month that around half of the artillery shells Russia fires in Ukraine now come from North Korea, along with KN-23 ballistic missiles.", "en", &[(Some("UKR"), A, "assert")]),
    // British "programmes"
    ("NATO Secretary-General Jens Stoltenberg said North Korea had delivered \"enormous amounts of ammunition\" to Russia. \"We are also concerned about the potential support that Russia provides to North Korea when it comes to supporting their missile and nuclear programmes,\" he said.", "en", &[(Some("NATO"), A, "assert"), (Some("NATO"), K, "hedge")]),
    // a place inside a parenthesis that a preposition opens is no speaker
    ("Putin, on his first visit to Pyongyang in 24 years, said on Wednesday that Russia \"does not exclude the development of military-technical cooperation\" with North Korea under the new accord.", "en", &[(Some("RUS"), K, "hedge")]),
    // the recipient's hope is no transfer
    ("Kirby said North Korea was hoping to receive fighter aircraft, surface-to-air missiles, armored vehicles and ballistic missile production equipment from Russia in return.", "en", &[(Some("USA"), K, "hedge")]),
    ("NIS memperkirakan Korea Utara berharap mendapat imbalan berupa teknologi militer dari Rusia.", "id", &[(Some("KOR"), K, "hedge")]),
    // "transfer" alone names the technology claim of the context too
    ("Kementerian Luar Negeri AS khawatir Moskow akan membalasnya dengan teknologi militer sensitif. \"Kami belum melihat transfer semacam itu, tapi kami mengawasinya dengan sangat ketat,\" kata Matthew Miller.", "id", &[(Some("USA"), K, "hedge")]),
    // "calling" after a comma names for the clause's subject; "balas" is an inverted cue;
    // "not aware" set off by quotes
    ("Seoul said North Korean troops were in Kursk. In November, Foreign Ministry spokeswoman Maria Zakharova had gone further, calling reports of North Korean soldiers in the Kursk region “fabrications” spread by Western intelligence services.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    ("Kirby mengatakan Pyongyang telah menyerahkan roket kepada Grup Wagner. \"Korea Utara tidak memasok apa pun kepada Wagner. Itu gosip dan spekulasi,\" balas pendiri Wagner, Yevgeny Prigozhin, pada hari yang sama melalui layanan persnya.", "id", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("Seoul said North Korean troops were in Kursk. China, the North's main ally and economic lifeline, said on Monday it was \"not aware\" of the situation, while NATO, which last week said it could not confirm the reports, said it was in close contact with Seoul.", "en", &[(Some("KOR"), T, "assert"), (Some("CHN"), T, "hedge"), (Some("NATO"), T, "hedge")]),
    // a country after a place inside a relative clause is no speaker
    ("Menteri Pertahanan Amerika Serikat Lloyd Austin, yang tengah berkunjung ke Roma, Italia, pada hari yang sama mengatakan ada bukti pasukan Korut berada di Rusia.", "id", &[(Some("USA"), T, "assert")]),
    ("US Defense Secretary Lloyd Austin, who was visiting Rome, Italy, said there was evidence of North Korean troops in Russia.", "en", &[(Some("USA"), T, "assert")]),
    // a transfer to a third state in the scope names no claim of the context
    ("NIS mengatakan pasukan Korut telah dikirim ke Rusia. Kantor Kepresidenan Korsel menyatakan tidak menutup kemungkinan memasok senjata ke Ukraina jika kerja sama militer Rusia dan Korut berlanjut.", "id", &[(Some("KOR"), T, "assert")]),
    // the recipient's own forces are no troops of the agent
    ("WASHINGTON: North Korea has delivered rockets and missiles to Russia's Wagner mercenary group to help bolster its forces fighting in Ukraine, the White House said on Thursday.", "en", &[(Some("USA"), A, "assert")]),
    ("North Korea has sent its troops to Russia, the White House said on Thursday.", "en", &[(Some("USA"), T, "assert")]),
    // a quote before a noun "claims that" is no inverted statement
    ("North Korean soldiers are in Russia, Blinken said. On Tuesday, a Pentagon spokesperson said the U.S. was \"not in a position to confirm\" Ukrainian claims that North Korean troops had already taken casualties.", "en", &[(Some("USA"), T, "assert"), (Some("USA"), T, "hedge"), (Some("UKR"), T, "assert")]),
    // deflecting questions hedges
    ("North Korea confirmed it sent troops to Kursk. Kremlin spokesman Dmitry Peskov had for months deflected questions on the subject, saying Moscow's cooperation with Pyongyang was a sovereign matter.", "en", &[(Some("PRK"), T, "assert"), (Some("RUS"), T, "hedge")]),
    // confirming what one had reported asserts the claim of the context
    ("North Korea confirmed it sent troops to Kursk. Ukraine's foreign ministry said the KCNA statement merely confirmed what Kyiv had reported since last autumn.", "en", &[(Some("PRK"), T, "assert"), (Some("UKR"), T, "assert")]),
    ("Korea Utara mengakui telah mengirim pasukan ke Kursk. Kementerian Luar Negeri Ukraina mengatakan pernyataan KCNA itu membuktikan apa yang selama ini disampaikan Kyiv.", "id", &[(Some("PRK"), T, "assert"), (Some("UKR"), T, "assert")]),
    // what is vindicated is the story's own claim, not the side claim reported last
    ("North Korea confirmed on Monday it had sent troops to Kursk. Russia may give Pyongyang missile technology in return, Seoul said. Kyiv, which disclosed the deployment last fall, said the confirmation proved what it had been warning all along.", "en", &[(Some("PRK"), T, "assert"), (Some("KOR"), K, "hedge"), (Some("UKR"), T, "assert")]),
    // a place a participle holds in a parenthesis is no speaker
    ("North Korea denied it had supplied arms to Russia. Sergey Lavrov, visiting Pyongyang last October, said Washington had failed to prove its accusations.", "en", &[(Some("PRK"), A, "deny"), (Some("RUS"), A, "deny")]),
    // taking part in monitoring is no hedge
    ("Zelensky mengatakan dua tentara Korea Utara ditangkap di Kursk. Lembaga itu menyatakan ikut memantau proses pemeriksaan bersama SBU.", "id", &[(Some("UKR"), T, "assert")]),
    // brushing off questions hedges; brushing off the reports denies
    ("Seoul said North Korean troops were in Russia. In October, Vladimir Putin brushed off questions about satellite images of the deployment, saying: \"Images are a serious thing.\"", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    ("Seoul said North Korean troops were in Russia. The Kremlin brushed off the reports.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "deny")]),
    // "a charge the Kremlin has dismissed" answers the accusation before it
    ("Seoul said North Korean troops were in Russia. Kyiv and Seoul have also accused Moscow of repaying Pyongyang with military technology – including help with its space and missile programmes – a charge the Kremlin has dismissed as \"absurd\".", "en", &[(Some("KOR"), T, "assert"), (Some("UKR"), K, "assert"), (Some("KOR"), K, "assert"), (Some("RUS"), K, "deny")]),
    // an accusation of something else takes no claim of the context
    ("Seoul said North Korean troops were in Russia. The Korean Central News Agency on Friday instead carried a statement from Kim Yo Jong, the leader's powerful sister, warning Seoul of a \"horrible disaster\" over drones it accused the South of flying over Pyongyang — an accusation Seoul has neither confirmed nor denied.", "en", &[(Some("KOR"), T, "assert")]),
    // still working to determine whether hedges
    ("The U.S. said in November that North Korea was covertly supplying artillery shells to Russia's war effort. On Thursday, Kirby said Washington was still working to determine whether those shipments had actually been received by the Russian military.", "en", &[(Some("USA"), A, "assert"), (Some("USA"), A, "hedge")]),
    ("AS menyebut Korut memasok peluru artileri ke Rusia. Kirby mengatakan Washington masih berupaya memastikan apakah kiriman itu benar-benar diterima militer Rusia.", "id", &[(Some("USA"), A, "assert"), (Some("USA"), A, "hedge")]),
    // "on the same occasion" between a subject and its cue
    ("Sekretaris Jenderal NATO Jens Stoltenberg dalam kesempatan yang sama menyebut Korut telah mengirim \"sejumlah besar amunisi\" ke Rusia.", "id", &[(Some("NATO"), A, "assert")]),
    ("NATO Secretary-General Jens Stoltenberg, on the same occasion, said North Korea had sent large amounts of ammunition to Russia.", "en", &[(Some("NATO"), A, "assert")]),
    // an arms phrase sent straight on to a third state is another transfer
    ("Sementara itu, Presiden Korsel Yoon Suk Yeol mengatakan Seoul dapat mempertimbangkan pasokan senjata ke Ukraina, tergantung pada tingkat kerja sama Rusia dan Korut.", "id", &[]),
    ("Rusia telah menembakkan rudal buatan Korea Utara ke Ukraina, kata Kyiv.", "id", &[(Some("UKR"), A, "assert")]),
    ("Russia has fired North Korean missiles into Ukraine, Kyiv said.", "en", &[(Some("UKR"), A, "assert")]),
    // a proposition that is itself the hedge; "tidak dapat memberikan komentar"
    ("Seoul said North Korean troops were in Russia. Putin would only say that satellite pictures reflect something.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    ("Korut mengirim pasukan ke Rusia, kata NIS. Ditanya wartawan di Moskow pada hari yang sama, juru bicara Dmitry Peskov mengatakan tidak dapat memberikan komentar dan meminta pertanyaan itu diajukan kepada Kementerian Pertahanan Rusia.", "id", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    // prosecutors and investigators speak for their state
    ("Ukrainian prosecutors said in February that Russia had fired roughly 50 North Korean-made missiles since late December.", "en", &[(Some("UKR"), A, "assert")]),
    ("Jaksa Ukraina menyebut Rusia telah menembakkan sekitar 50 rudal buatan Korea Utara sejak akhir Desember.", "id", &[(Some("UKR"), A, "assert")]),
    // what a side is given access to is the object, not a destination
    ("\"In exchange, Moscow is likely seeking to give Pyongyang access to military technology it could not obtain any other way,\" the US ambassador added.", "en", &[(Some("USA"), K, "hedge")]),
    ("Washington said Moscow will give Pyongyang access to military technology.", "en", &[(Some("USA"), K, "assert")]),
    ("Rusia akan memberi Korut akses ke teknologi militer, kata Washington.", "id", &[(Some("USA"), K, "assert")]),
    // a verb that takes up another side's charge, whoever owns it
    ("Russia has fired North Korean missiles at Ukraine, Washington said. Envoys from Britain, France, Japan and South Korea echoed the US charge.", "en", &[(Some("USA"), A, "assert"), (Some("GBR"), A, "assert"), (Some("FRA"), A, "assert"), (Some("JPN"), A, "assert"), (Some("KOR"), A, "assert")]),
    ("Russia has fired North Korean missiles at Ukraine, Washington said. Britain echoed Washington's accusation.", "en", &[(Some("USA"), A, "assert"), (Some("GBR"), A, "assert")]),
    ("Moscow rejected Washington's accusations that it bought North Korean arms.", "en", &[(Some("RUS"), A, "deny"), (Some("USA"), A, "assert")]),
    ("Rusia menembakkan rudal Korut ke Ukraina, kata Washington. Inggris dan Prancis menggemakan tuduhan AS itu.", "id", &[(Some("USA"), A, "assert"), (Some("GBR"), A, "assert"), (Some("FRA"), A, "assert")]),
    // a receiving verb that takes from a third state is another transfer; a reference right after it is to that one
    ("Russia has fired North Korean missiles, Kirby said. Kirby also said Russia was close to acquiring close-range ballistic missiles from Iran, though there was no sign yet that a deal had been finalized. Iran's mission to the UN has called such reports \"baseless.\"", "en", &[(Some("USA"), A, "assert")]),
    ("Rusia telah menembakkan rudal Korut, kata Kirby. Kirby juga menyebut Rusia hampir membeli rudal balistik dari Iran, meski belum ada tanda kesepakatan. Iran menyebut laporan itu tidak berdasar.", "id", &[(Some("USA"), A, "assert")]),
    ("Kirby said Russia was buying ballistic missiles from North Korea.", "en", &[(Some("USA"), A, "assert")]),
    // a verb that rejects the other side's admission takes it as true
    ("North Korea confirmed it sent troops to Russia. South Korea's Foreign Ministry on Monday slammed the confirmation, saying Pyongyang had \"openly admitted its criminal acts,\" Yonhap News Agency reported.", "en", &[(Some("PRK"), T, "assert"), (Some("KOR"), T, "assert")]),
    // a relay named inside "quoted ... as saying"
    ("A US State Department spokesperson was quoted by Reuters as saying that the DPRK's provision of military support to Russia, \"including troops and weapons,\" must end.", "en", &[(Some("USA"), A, "assert"), (Some("USA"), T, "assert")]),
    ("Kim Yo Jong was quoted by KCNA as saying that the arms deal reports were absurd.", "en", &[(Some("PRK"), A, "deny")]),
    // a retort is a statement; a pronoun after a speaker who only likened is that speaker's
    ("Thomas-Greenfield said Russia bought ballistic missiles from the DPRK. Russian Ambassador Vassily Nebenzia countered that the sanctions had lost their relevance. He dismissed allegations that Moscow was buying North Korean weapons as \"unsubstantiated.\"", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("Thomas-Greenfield said Russia bought ballistic missiles from the DPRK. South Korea's Ambassador to the UN Hwang Joon-kook likened the veto to \"destroying a CCTV to avoid being caught red-handed.\" He said Russia \"continues its illicit arms dealings with Pyongyang.\"", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert")]),
    // coordinated speakers after the content; a list of them in a relative clause stays one
    ("The troops are only part of the picture. Pyongyang has also supplied Russia with millions of artillery shells and dozens of KN-23 ballistic missiles, South Korean and Ukrainian officials have said.", "en", &[(Some("KOR"), A, "assert"), (Some("UKR"), A, "assert")]),
    ("Pyongyang telah memasok jutaan peluru artileri ke Rusia, kata pejabat Korea Selatan dan Ukraina.", "id", &[(Some("KOR"), A, "assert"), (Some("UKR"), A, "assert")]),
    // "said to show" is no speech
    ("Asked about satellite images said to show North Korean troops in Russia, Putin replied: \"If there are images, then they reflect something.\"", "en", &[(Some("RUS"), T, "hedge")]),
    // a body named for its gathering is no speaker
    ("Ditanya soal citra satelit yang memperlihatkan tentara Korut, Presiden Rusia Vladimir Putin di sela KTT BRICS di Kazan, Kamis pekan lalu, menjawab, \"Kalau ada foto, berarti foto itu mencerminkan sesuatu.\" Juru bicara Kremlin Dmitry Peskov hanya mengatakan tidak ada yang perlu ditambahkan.", "id", &[(Some("RUS"), T, "hedge")]),
    ("Putin himself was cagey. Asked at the BRICS summit in Kazan that month about satellite images of North Korean troops in Russia, he replied: \"Images are a serious thing. If there are images, then they reflect something.\"", "en", &[(Some("RUS"), T, "hedge")]),
    // a person the lexicon lacks, described after a comma, speaks; a surname after another given name is another person
    ("The NIS said North Korea sent troops to Russia. Leon Park, a Korea specialist at the Australian National University, said the prisoners would give Seoul a rare window into the deployment. \"Russia is almost certainly paying for these soldiers with military technology, not just cash and oil,\" he said.", "en", &[(Some("KOR"), T, "assert"), (None, K, "assert")]),
    ("Kirby said North Korea shipped shells to Russia. Edward Haines, a North Korea specialist at King's College London, said the shipment was probably modest. \"What Kim wants in return is not cash but technology, help with satellites, submarines and missiles,\" he said.", "en", &[(Some("USA"), A, "assert"), (None, K, "assert")]),
    ("That clause is a hypothetical. What Putin said at the signing was not. Russia, he told reporters, \"does not rule out developing military-technical cooperation\" with North Korea.", "en", &[(Some("RUS"), K, "hedge")]),
    // a state right after an object noun opens a relative clause where owners precede their noun; referring reporters on is a hedge
    ("Budanov has previously claimed that around half of the artillery shells Russia fires at Ukrainian positions now come from North Korea.", "en", &[(Some("UKR"), A, "assert")]),
    ("North Korea sent troops to Russia, Seoul said. Asked about the prisoners today, Peskov would only say: 'I would refer you to the Ministry of Defence.'", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    // a title heading a relative clause refers back; the actor inside the clause is its object
    ("Tuduhan pasokan rudal juga diperkuat laporan Panel Ahli PBB pada April lalu. Panel yang memantau sanksi terhadap Korut itu menyimpulkan, puing rudal yang jatuh di Kharkiv berasal dari rudal balistik Hwasong-11 buatan Pyongyang.", "id", &[(None, A, "assert")]),
    // "that" before a time is a demonstrative, no complementizer of a proposition
    ("North Korea sent troops to Russia, Seoul said. North Korea's ambassador to the U.N., Kim Song, went further, dismissing the claims that month as \"groundless rumors\" spread by the U.S.", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "deny")]),
    // units are troops; a unit a direction word leads to is where the arms go
    ("Direktorat Intelijen Utama (HUR) Kementerian Pertahanan Ukraina melaporkan unit-unit pertama tiba di Kursk pada Rabu (23/10).", "id", &[(Some("UKR"), T, "assert")]),
    ("Pyongyang menyebut sistem itu akan dipasok ke unit-unit artileri garis depan mulai tahun ini.", "id", &[]),
    // the event a question was asked at is no topic of it
    ("Korea Utara mengakui mengirim pasukan ke Rusia. Ditanya soal pengakuan Korut dalam konferensi pers rutin pada hari yang sama, juru bicara Kementerian Luar Negeri China Guo Jiakun mengaku \"tidak mengetahui situasinya\".", "id", &[(Some("PRK"), T, "assert"), (Some("CHN"), T, "hedge")]),
    // the recipient's own forces in a proposition of its own are no claim word
    ("North Korea sent troops to Russia, Kyiv said. He rejected Moscow's claim that its forces had retaken all of Kursk.", "en", &[(Some("UKR"), T, "assert")]),
    ("North Korea denied that its troops were fighting in Russia.", "en", &[(Some("PRK"), T, "deny")]),
    // a passive's agents in a list closed by a conjunction all speak; a comma alone makes no list
    ("North Korea is accused by Seoul, Kyiv and Washington of supplying Russia with millions of artillery shells.", "en", &[(Some("KOR"), A, "assert"), (Some("UKR"), A, "assert"), (Some("USA"), A, "assert")]),
    ("Seoul, the capital, said North Korea sent shells to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    // a phrase setting something aside opens the sentence: its claim words are not said
    ("Beyond soldiers, North Korea is accused by Seoul of supplying Russia with millions of artillery shells.", "en", &[(Some("KOR"), A, "assert")]),
    ("Selain tentara, Korea Utara dituduh oleh Seoul memasok jutaan peluru artileri ke Rusia.", "id", &[(Some("KOR"), A, "assert")]),
    // documenting is asserting
    ("Kyiv and Seoul have documented the deployment of North Korean troops to Russia.", "en", &[(Some("UKR"), T, "assert"), (Some("KOR"), T, "assert")]),
    ("Ukraina telah mendokumentasikan pengiriman tentara Korea Utara ke Rusia.", "id", &[(Some("UKR"), T, "assert")]),
    // a speaker of no state relaying a source of one speaks for it
    ("\"The first 1,500 North Korean special forces troops have arrived in Russia,\" Lee said, citing the NIS.", "en", &[(Some("KOR"), T, "assert")]),
    ("“Gelombang pertama sekitar 1.500 personel pasukan khusus Korea Utara sudah tiba di Rusia,” ujar Lee mengutip NIS.", "id", &[(Some("KOR"), T, "assert")]),
    // an agent's possessive before the object is the claim
    ("\"The DPRK's arms are prolonging Russia's war,\" the State Department said.", "en", &[(Some("USA"), A, "assert")]),
    // a title with a pronoun's clitic is owned by the state spoken of before, not the body it sits at
    ("Pyongyang pun, lewat diplomatnya di PBB, menepis tuduhan pengiriman tentara ke Rusia sebagai “rumor tak berdasar”.", "id", &[(Some("PRK"), T, "deny")]),
    // a naming verb on the other side's admission takes it as true
    ("Korea Utara mengakui telah mengirim pasukan ke Kursk. Juru bicara Kementerian Luar Negeri Ukraina Heorhii Tykhyi menyebut pengakuan itu bukti bahwa “Rusia dan Korea Utara sama-sama pelaku agresi”.", "id", &[(Some("PRK"), T, "assert"), (Some("UKR"), T, "assert")]),
    ("North Korea confirmed it sent troops to Kursk. Ukraine's foreign ministry spokesman called the admission proof that Russia and North Korea are both aggressors.", "en", &[(Some("PRK"), T, "assert"), (Some("UKR"), T, "assert")]),
    ("Korea Utara mengakui telah mengirim pasukan ke Kursk. NIS menuding Moskow memasok peralatan pertahanan udara ke Pyongyang. Juru bicara Kementerian Luar Negeri Ukraina Heorhii Tykhyi menyebut pengakuan itu bukti bahwa “Rusia dan Korea Utara sama-sama pelaku agresi”.", "id", &[(Some("PRK"), T, "assert"), (Some("KOR"), K, "assert"), (Some("UKR"), T, "assert")]),
    // watching closely hedges
    ("Kepala Sekretaris Kabinet Jepang Hirokazu Matsuno mengatakan pemerintahnya mengawasi dengan cermat apakah pertemuan itu akan berujung pada transaksi senjata.", "id", &[(Some("JPN"), A, "hedge")]),
    // a passive naming the source of what the writer said "is said" asserts it
    ("Korea Utara disebut telah mengirim sekitar 12.000 tentara ke Rusia. Informasi itu disampaikan Badan Intelijen Nasional (NIS) Korea Selatan pada Jumat.", "id", &[(None, T, "hedge"), (Some("KOR"), T, "assert")]),
    // a missile that slammed into a city denies nothing
    ("Last month, United Nations sanctions monitors told the Security Council that debris from a missile which slammed into the Ukrainian city of Kharkiv on January 2 came from a North Korean Hwasong-11 ballistic missile.", "en", &[(Some("UN"), A, "assert")]),
    // denouncing is reporting: what it denounces carries the stance
    ("North Korea sent troops to Russia, officials said. In October, North Korea's ambassador to the UN, Kim Song, denounced \"groundless, stereotyped rumors.\"", "en", &[(None, T, "assert"), (Some("PRK"), T, "deny")]),
    ("Seoul denounced North Korea's arms shipments to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    // a past participle clause set off by commas after the subject: the subject speaks
    ("The Multilateral Sanctions Monitoring Team, created after Moscow vetoed the UN's own expert panel, says Russia has paid North Korea with air defense systems.", "en", &[(Some("KOR"), K, "assert")]),
    ("The MSMT was launched last October after Russia in March 2024 vetoed the renewal of the UN Panel of Experts, which had itself concluded that debris of a missile that struck Kharkiv in January 2024 came from a North Korean Hwasong-11.", "en", &[(Some("UN"), A, "assert")]),
    // a subordinate clause before the speaker frames a quote that opens right after the cue
    ("Korea Utara mengakui telah mengerahkan pasukannya ke Kursk. Ketika laporan pengiriman pasukan pertama kali mencuat pada Oktober lalu, delegasi Korut di PBB menyebutnya \"rumor tidak berdasar\".", "id", &[(Some("PRK"), T, "assert"), (Some("PRK"), T, "deny")]),
    // exporting one's military technical capabilities is the arms claim
    ("Kim Yo Jong issued a statement insisting that Pyongyang has \"no intention\" of exporting its military technical capabilities to Russia.", "en", &[(Some("PRK"), A, "deny")]),
    // a speech participle right after a statement's noun speaks for the subject
    ("Kim Yo Jong issued a statement saying Pyongyang has no intention of exporting weapons to Russia.", "en", &[(Some("PRK"), A, "deny")]),
    ("The ministry released a statement denying that Pyongyang exported weapons to Russia.", "en", &[]),
    // a body named with a title, speaking or not, is what the title later refers to
    ("The Multilateral Sanctions Monitoring Team said Pyongyang had deployed troops to Russia. The MSMT was formed last year after Russia vetoed the renewal of the mandate of a UN Panel of Experts, which had monitored sanctions on North Korea. In its final report, made public in April 2024, the panel said debris of a missile that struck Kharkiv came from a North Korean Hwasong-11 ballistic missile.", "en", &[(Some("KOR"), T, "assert"), (Some("UN"), A, "assert")]),
    // investigating reports leaves the claim open
    ("The UN panel said it was investigating reports by member states that North Korea had transferred ballistic missiles to Russia.", "en", &[(Some("UN"), A, "hedge")]),
    // a party's bare first reaction after a sentence on two claims is to the story's own claim
    ("Korea Utara telah mengirim 12.000 tentara ke Rusia, kata NIS. Zelensky mengatakan Korut tidak hanya memasok senjata ke Rusia, tetapi juga mentransfer personel militer. Kremlin, seperti biasa, menepis.", "id", &[(Some("KOR"), T, "assert"), (Some("UKR"), A, "assert"), (Some("UKR"), T, "assert"), (Some("RUS"), T, "deny")]),
    // the bare passive "diungkap" names a source as "diungkapkan" does; news a third party
    // first revealed is its own, not the denial of the sentence before passed on
    ("Korea Utara disebut telah mengirim sekitar 12.000 tentara ke Rusia. Informasi itu diungkap Badan Intelijen Nasional Korea Selatan (NIS) pada Jumat.", "id", &[(None, T, "hedge"), (Some("KOR"), T, "assert")]),
    ("Delegasi Korea Utara menyebut tuduhan pengiriman tentara ke Rusia sebagai \"rumor tak berdasar\". Kabar pengiriman pasukan Korut ke Rusia pertama kali diungkap Badan Intelijen Nasional (NIS) Korea Selatan pada Jumat.", "id", &[(Some("PRK"), T, "deny"), (Some("KOR"), T, "assert")]),
    // "the accusations" with no accusing verb before it: what another voice asserted right
    // before, of a claim the speakers are party to (not the story's lead)
    ("The agreement came as the United States voiced alarm that Moscow could help the isolated state's weapons programs. Washington says North Korea has already shipped dozens of ballistic missiles to Russia. Moscow and Pyongyang have denied the accusations.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // a filler word after the name before a parenthesis
    ("Putin himself, at a summit in Kazan later that month, sidestepped questions about North Korean troops in Russia.", "en", &[(Some("RUS"), T, "hedge")]),
    ("Putin sendiri, dalam KTT di Kazan, mengelak menjawab soal tentara Korea Utara di Rusia.", "id", &[(Some("RUS"), T, "hedge")]),
    // a fronted channel phrase ("Lewat ...", "Through ...") before the speaker is its frame
    ("Amerika Serikat menuding Korea Utara telah menuntaskan pengiriman senjata pertama kepada Grup Wagner. Lewat pernyataan perusahaannya, Prigozhin menyebut tudingan Washington hanya “gosip dan spekulasi”.", "id", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    // a cue phrase with "tidak" also matches with its other spelling "tak" (`spellings`)
    ("Ditanya wartawan apakah pasokan amunisi dari Korea Utara untuk perang di Ukraina ikut dibicarakan, Peskov tak menjawab tegas.", "id", &[(Some("RUS"), A, "hedge")]),
    // the accuser named with the accusations: its own last assertion, however far back
    ("Presiden Rusia Vladimir Putin mengisyaratkan negaranya siap membantu Korea Utara membangun satelit. Juru bicara Gedung Putih John Kirby mengatakan Korea Utara memasok amunisi artileri ke Rusia. Kirby juga khawatir Rusia akan memberi imbalan berupa teknologi militer kepada Korea Utara. Kim tiba dengan kereta. Putin menyambutnya. Keduanya makan malam. Pyongyang dan Moskow sebelumnya telah membantah tudingan serupa yang dilontarkan AS.", "id", &[(Some("RUS"), K, "hedge"), (Some("USA"), A, "assert"), (Some("USA"), K, "hedge"), (Some("PRK"), A, "deny"), (Some("RUS"), A, "deny")]),
    // a negator undone by another shortly after it ("cannot fight without") asserts
    ("\"Rusia tidak bisa lagi berperang tanpa bantuan militer dari Korea Utara, baik tentara maupun peluru artileri dan rudal,\" kata Zelensky.", "id", &[(Some("UKR"), A, "assert"), (Some("UKR"), T, "assert")]),
    ("\"Russia can no longer fight without North Korean soldiers,\" Zelensky said.", "en", &[(Some("UKR"), T, "assert")]),
    // "diyakini" (is believed) inside a speaker's statement is the speaker's assessment, no hedge
    ("Lee menambahkan, Pyongyang diyakini terus memasok peluru artileri dan sistem peluncur roket ganda ke Rusia.", "id", &[(None, A, "assert")]),
    // turning to a supplier for munitions is acquiring them
    ("US Secretary of State Antony Blinken said Putin was \"desperate\" and had turned to North Korea and Iran for the munitions he needs.", "en", &[(Some("USA"), A, "assert")]),
    // a list of sources with a serial comma or an article before its last item all speak; so
    // do sources after a word of their own ("estimates by", "perkiraan")
    ("North Korea sent about 11,000 troops to Russia last autumn, according to South Korea, Ukraine and the United States.", "en", &[(Some("KOR"), T, "assert"), (Some("UKR"), T, "assert"), (Some("USA"), T, "assert")]),
    ("Korea Utara mengirim sekitar 11.000 tentara ke Rusia pada musim gugur lalu, menurut perkiraan Korea Selatan, Ukraina, dan Amerika Serikat.", "id", &[(Some("KOR"), T, "assert"), (Some("UKR"), T, "assert"), (Some("USA"), T, "assert")]),
    ("North Korea sent about 11,000 troops to Russia, according to estimates by South Korea and Ukraine.", "en", &[(Some("KOR"), T, "assert"), (Some("UKR"), T, "assert")]),
    // "had not independently verified" hedges
    ("The White House said North Korea had delivered rockets to Wagner. South Korea's foreign ministry said it was aware of the US assessment but had not independently verified it.", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "hedge")]),
    // a speaker of no state whose words open with a source's own stance speaks for its state
    ("Park menambahkan, NIS juga menengarai Korea Utara akan meminta imbalan berupa teknologi dari Moskow. \"Namun NIS belum dapat memastikan apakah Rusia sudah menyerahkan teknologi tersebut,\" ujarnya.", "id", &[(None, K, "assert"), (Some("KOR"), K, "hedge")]),
    // "bersikeras" (insists) reports; a denial owned by another state named with it is no
    // stance of the speaker
    ("Kyiv sejak awal bersikeras ribuan tentara Korea Utara bertempur di Kursk, dan dua prajurit yang ditawan Ukraina pada Januari lalu membuat bantahan Pyongyang makin sulit dipertahankan.", "id", &[(Some("UKR"), T, "assert")]),
    // a denial of a bare reference is of the claim the same side's denial in the next sentence names
    ("Putin said Russia does not rule out military-technical cooperation with North Korea. NATO chief Jens Stoltenberg said Moscow was sharing technology with Pyongyang. According to South Korea's defense ministry, the North has shipped some 10,000 containers of munitions to Russia. Pyongyang has consistently rejected the allegations. In a statement carried by KCNA last month, Kim Yo Jong called the reports of arms deals \"the most absurd paradox\".", "en", &[(Some("RUS"), K, "hedge"), (Some("NATO"), K, "assert"), (Some("KOR"), A, "assert"), (Some("PRK"), A, "deny")]),
    ("Putin menyatakan Rusia tidak menutup kemungkinan kerja sama teknik militer dengan Korea Utara. Sekjen NATO Jens Stoltenberg mengatakan Moskow membagikan teknologi kepada Pyongyang. Menurut Kementerian Pertahanan Korea Selatan, Korut telah mengirim sekitar 10.000 kontainer amunisi ke Rusia. Pyongyang sendiri berulang kali membantah tudingan tersebut. Tahun lalu, seorang pejabat kementerian pertahanan Korut lewat KCNA menegaskan negaranya \"belum pernah mengekspor senjata atau amunisi ke Rusia\".", "id", &[(Some("RUS"), K, "hedge"), (Some("NATO"), K, "assert"), (Some("KOR"), A, "assert"), (Some("PRK"), A, "deny")]),
    // (not when the next sentence is another side's, or the same side's on the claim too)
    ("Putin said Russia does not rule out military-technical cooperation with North Korea. NATO chief Jens Stoltenberg said Moscow was sharing technology with Pyongyang. According to South Korea's defense ministry, the North has shipped some 10,000 containers of munitions to Russia. Pyongyang has consistently rejected the allegations. Seoul's defense ministry called the reports of arms deals credible.", "en", &[(Some("RUS"), K, "hedge"), (Some("NATO"), K, "assert"), (Some("KOR"), A, "assert"), (Some("PRK"), K, "deny")]),
    // a receiving verb in the passive takes its agent bare after it; a noun of what was sent ("kiriman")
    ("Jaksa Agung Ukraina Andriy Kostin menyebut sedikitnya 50 rudal Korea Utara telah diluncurkan Rusia ke wilayah Ukraina.", "id", &[(Some("UKR"), A, "assert")]),
    ("Zelensky menuding Moskow masih bergantung pada peluru artileri dan rudal balistik kiriman Pyongyang untuk menggempur kota-kota Ukraina.", "id", &[(Some("UKR"), A, "assert")]),
    ("Penasihat Kantor Presiden Ukraina Mykhailo Podolyak menilai Rusia kini bergantung pada \"peluru dan rudal dari Korea Utara\" untuk melanjutkan perang.", "id", &[(Some("UKR"), A, "assert")]),
    ("Zelensky wrote that the Russian army is dependent on artillery shells from North Korea.", "en", &[(Some("UKR"), A, "assert")]),
    // (an object before it across a comma is another clause's: a condition, no claim)
    ("Presiden Korsel Yoon Suk Yeol menyatakan Seoul tidak menutup kemungkinan memasok senjata secara langsung ke Ukraina, bergantung pada tingkat keterlibatan Korut.", "id", &[]),
    // (an English verb with no "by" is active: the party after it is what is received)
    ("Seoul said North Korea received Russian technology.", "en", &[(Some("KOR"), K, "assert")]),
    // a passive in a relative clause with no party after it: nobody named receives
    ("Kepala Staf Gabungan (JCS) Korea Selatan menyebut tidak menutup kemungkinan Rusia memberikan bantuan teknologi kepada Korut dalam uji coba rudal hipersonik jarak menengah yang diluncurkan pada 6 Januari.", "id", &[(Some("KOR"), K, "hedge")]),
    ("Jaksa Agung Ukraina Andriy Kostin menyebut rudal Korea Utara yang diluncurkan Rusia menghantam Kharkiv.", "id", &[(Some("UKR"), A, "assert")]),
    // an English spelling of a state in Indonesian text
    ("Badan Intelijen Nasional Korea Selatan menyebut Russia kemungkinan telah memberikan teknologi terkait satelit dan rudal kepada Korea Utara.", "id", &[(Some("KOR"), K, "hedge")]),
    ("Juru bicara Kementerian Luar Negeri Korea Selatan mengatakan pihaknya memantau dengan cermat kemungkinan alih teknologi militer Rusia kepada Korea Utara. Pyongyang selama ini membantah. Tahun lalu, Korea Utara menyebut tuduhan bahwa pihaknya memasok amunisi ke Rusia \"tidak berdasar\".", "id", &[(Some("KOR"), K, "hedge"), (Some("PRK"), A, "deny")]),
    // a distancing label on words that name no claim is no denial; on a claim it is
    ("Britain's foreign office said North Korean troops were fighting in Kursk. The UK last week announced fresh sanctions targeting Russia's so-called shadow fleet of oil tankers.", "en", &[(Some("GBR"), T, "assert")]),
    ("Peskov dismissed the so-called arms deal with North Korea as a Western invention.", "en", &[(Some("RUS"), A, "deny")]),
    // a claim named by its own phrase beside one the context confirms is named too
    ("The U.S. first accused North Korea of delivering infantry rockets and missiles to the Wagner Group. South Korea's Ministry of Unification said Wednesday it was closely watching whether the summit would lead to arms transfers or military technology cooperation in violation of U.N. sanctions.", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "hedge"), (Some("KOR"), K, "hedge")]),
    // a conjunction inside an office's name after "of"; British spellings of a cue
    ("The White House said North Korea had shipped artillery shells to Russia. A spokesperson for New Zealand's Ministry of Foreign Affairs and Trade said the ministry was aware of the reports but would not comment on intelligence matters.", "en", &[(Some("USA"), A, "assert"), (Some("NZL"), A, "hedge")]),
    ("The White House said North Korea had shipped artillery shells to Russia. In Tokyo, a Japanese government spokesman told a regular briefing that Japan was gathering and analysing information on the matter.", "en", &[(Some("USA"), A, "assert"), (Some("JPN"), A, "hedge")]),
    ("The White House said North Korea had shipped artillery shells to Russia. Japan's chief cabinet secretary told a regular briefing that the government was gathering and analysing information on the matter.", "en", &[(Some("USA"), A, "assert"), (Some("JPN"), A, "hedge")]),
    // a hedging verb phrase quoted after a complementizer is the proposition, not another topic
    ("The White House said North Korea had shipped artillery shells to Russia. In Tokyo, a Japanese government spokesman told a regular briefing that Japan was \"gathering and analysing information\" on the matter.", "en", &[(Some("USA"), A, "assert"), (Some("JPN"), A, "hedge")]),
    // confirming a fear asserts what was feared
    ("Ukraine's defense chief said Tuesday that Ukrainian forces had their first \"small engagements\" with North Korean troops fighting on Russia's side, confirming fears that Pyongyang's soldiers would be thrown into combat.", "en", &[(Some("UKR"), T, "assert")]),
    ("Menteri Pertahanan Ukraina mengatakan pasukannya sudah bertempur dengan tentara Korea Utara di Kursk, membenarkan kekhawatiran bahwa prajurit Pyongyang akan diterjunkan ke medan perang.", "id", &[(Some("UKR"), T, "assert")]),
    // a speech participle with its addressee and a time before its complementizer opens another proposition
    ("Kyiv said North Korean troops were fighting in Kursk. Kremlin spokesman Dmitry Peskov declined to comment on the remarks, telling reporters on Tuesday that questions on the matter should be addressed to the Defense Ministry.", "en", &[(Some("UKR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    // a scholar's place is not a state the scholar speaks for
    ("Seorang peneliti di sebuah lembaga kajian di Seoul mengatakan Korea Utara telah mengirim pasukan ke Rusia.", "id", &[(None, T, "assert")]),
    ("A researcher at a think tank in Seoul said North Korea had sent troops to Russia.", "en", &[(None, T, "assert")]),
    ("Putin menyatakan Rusia tidak menutup kemungkinan kerja sama teknik militer dengan Korea Utara. Ia juga mengatakan Rusia akan meraih kemenangan besar dalam apa yang disebutnya perjuangan suci melawan kekuatan hegemoni.", "id", &[(Some("RUS"), K, "hedge")]),
    // a question after the cue that ends the sentence is the topic of the content before it
    ("Kremlin spokesman Dmitry Peskov told journalists that no agreements had been signed during the visit. Cooperation in \"sensitive areas\" is not something that will be disclosed publicly, Peskov added, when asked whether arms supplies had been discussed.", "en", &[(Some("RUS"), A, "hedge")]),
    ("The US said North Korea sent shells to Russia. Peskov said the matter will not be disclosed.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "hedge")]),
    // two plain modifiers between a possessive and the title
    ("The White House said North Korea had sent troops to Russia. The EU's foreign policy spokesperson Anitta Hipper said the bloc had \"repeatedly\" condemned the deployment.", "en", &[(Some("USA"), T, "assert"), (Some("EU"), T, "assert")]),
    // "no intention to" a claim's act denies it; "no intention to comment" only declines
    ("\"We have no intention to open our military technical capabilities to anyone or export them,\" Kim Yo Jong said in a statement carried by KCNA.", "en", &[(Some("PRK"), A, "deny")]),
    ("Seoul menyebut Korea Utara telah mengirim pasukan ke Rusia. Kementerian Luar Negeri Korea Utara menyatakan tidak berniat mengomentari secara rinci laporan-laporan tersebut.", "id", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "hedge")]),
    // a reference after the speaker's own claim in the sentence is to that claim, not to the accuser's last one
    ("Kirby mengatakan Rusia bisa memberikan teknologi satelit kepada Korea Utara. Pyongyang sendiri berulang kali membantah pernah menjual senjata kepada Moskow, dan menyebut tuduhan Washington sebagai rekayasa.", "id", &[(Some("USA"), K, "assert"), (Some("PRK"), A, "deny"), (Some("USA"), A, "assert")]),
    // neither confirming nor denying ("menyangkal") hedges
    ("Presiden Volodymyr Zelensky menyebut pasukan Korut sudah tiba di Kursk. Wakil Menteri Luar Negeri Korut Kim Jong Gyu tidak membenarkan maupun menyangkal kabar tersebut.", "id", &[(Some("UKR"), T, "assert"), (Some("PRK"), T, "hedge")]),
    // asking for technology in return is seeking it
    ("US officials have also said North Korea could ask in return for advanced technology for satellites and nuclear-powered submarines.", "en", &[(Some("USA"), K, "hedge")]),
    // "receiving" technology; an admission that "only confirms what" a side said
    ("North Korea confirmed it had deployed troops to Russia. In return, Pyongyang is believed to be receiving air-defence systems, electronic warfare equipment and help with its satellite programme, South Korean officials have said.", "en", &[(Some("PRK"), T, "assert"), (Some("KOR"), K, "hedge")]),
    ("North Korea confirmed it had deployed troops to Russia. Ukraine's foreign ministry spokesman Heorhii Tykhyi said the admissions \"only confirm what Ukraine has been saying for months\".", "en", &[(Some("PRK"), T, "assert"), (Some("UKR"), T, "assert")]),
    ("South Korea said North Korea had sent troops to Russia. Pyongyang's envoy to the United Nations dismissed reports of North Korean troops in Russia last October as \"groundless, stereotyped rumours\", while the Kremlin repeatedly declined to confirm or deny their presence, with spokesman Dmitry Peskov saying at one point that it was Moscow's sovereign business.", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "deny"), (Some("RUS"), T, "hedge")]),
    ("US State Department spokesman Matthew Miller said on Wednesday that Washington would be watching \"very closely\" to see whether Russia shared sensitive military or space technology with Pyongyang.", "en", &[(Some("USA"), K, "hedge")]),
    // "diperkirakan" hedges a claim only as "diperkirakan akan": an estimate of a detail asserts
    ("Kepala Intelijen Militer Ukraina Kyrylo Budanov menyebut unit pertama tentara Korea Utara diperkirakan tiba di wilayah Kursk pada Rabu.", "id", &[(Some("UKR"), T, "assert")]),
    ("Anggota parlemen Korea Selatan Park Sun-won menyampaikan penilaian NIS bahwa Rusia diperkirakan akan memberikan teknologi satelit kepada Korea Utara.", "id", &[(Some("KOR"), K, "hedge")]),
    // a speaker whose words report an admission by the claim's agent asserts what was admitted; a reported denial is no stance of the reporter
    ("North Korea has confirmed that it deployed troops to fight alongside Russian forces. In Seoul, the foreign ministry said the North had openly admitted the deployment.", "en", &[(Some("PRK"), T, "assert"), (Some("KOR"), T, "assert")]),
    ("Seoul said Pyongyang had denied sending troops to Russia.", "en", &[(Some("PRK"), T, "deny")]),
    // an organisation with the title of a post held there is where the holder serves, not whom they speak for
    ("The US said North Korea supplied missiles to Russia. Its UN ambassador Vassily Nebenzia told the council that the claims were unfounded.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    // a holder's noun in the proposition after "that" refers back ("Washington's claims")
    ("The US said North Korea supplied missiles to Russia. Nebenzia told the council that Washington's claims were unfounded.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny"), (Some("USA"), A, "assert")]),
    // a name right after the verb of a relative clause is its object, not the next cue's subject
    ("Ukraine says it has found physical evidence. At the weekend, Prosecutor General Andriy Kostin said investigators examining the wreckage of a missile that hit Kharkiv on 2 January had concluded it was North Korean-made.", "en", &[(Some("UKR"), A, "assert")]),
    // "menuduh" is an accusation word ("tuduhan tersebut" after it is its claim, not the speaker's own last one)
    ("Korea Utara membantah mengirim pasukan ke Rusia. Sejak tahun lalu, Washington dan Seoul berulang kali menuduh Korut memasok peluru artileri ke Rusia. Pyongyang dan Moskow selama ini membantah tuduhan tersebut.", "id", &[(Some("PRK"), T, "deny"), (Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("PRK"), A, "deny"), (Some("RUS"), A, "deny")]),
    // a body's own words are what it said, no other topic
    ("North Korea has delivered rockets to the Wagner Group, the White House said Thursday. Kremlin spokesman Dmitry Peskov declined to comment on the White House statement when asked about it on Friday, saying he had \"nothing to add\" on the matter.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "hedge")]),
    // a phrase sent on to a third state past its owner is another transfer; "not a single piece of evidence" denies
    ("AS menuduh Korut memasok rudal ke Rusia. \"Kami tidak melihat satu pun bukti. Yang ada hanya tuduhan yang diulang-ulang untuk mengalihkan perhatian dari pasokan senjata Barat ke Kiev,\" kata Polyanskiy.", "id", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("AS menuduh Korut memasok rudal ke Rusia. Polyanskiy mengatakan tuduhan itu untuk mengalihkan perhatian dari pasokan senjata negara Barat ke Ukraina.", "id", &[(Some("USA"), A, "assert")]),
    // a hedge does not reach past a contrast after a comma
    ("Badan intelijen Korea Selatan menyebut Korut mengirim pasukan ke Rusia. \"NATO tidak dapat mengonfirmasi laporan mengenai tentara Korea Utara yang ikut bertempur, namun dukungan Korea Utara bagi perang ilegal Rusia, termasuk pasokan amunisi dan rudal, terus meningkat,\" kata juru bicara NATO Farah Dakhlallah.", "id", &[(Some("KOR"), T, "assert"), (Some("NATO"), A, "assert"), (Some("NATO"), T, "hedge")]),
    // "had never proven its claims" denies
    ("The US said North Korea supplied missiles to Russia. Russian Foreign Minister Sergey Lavrov said in October that Washington had never proven its claims that Pyongyang was supplying munitions to Moscow.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    // "asked about Kirby's remarks": the claim the holder asserted, not the one it only watches for
    ("North Korea recently provided Russia with ballistic missiles, National Security Council spokesperson John Kirby told reporters in Washington. Kirby said Washington was \"watching closely\" what Moscow might give Pyongyang in return, and that Russia could provide the North with fighter aircraft. Asked about Kirby's remarks on Thursday, UN spokesperson Stéphane Dujarric said the organization was \"not in a position to verify\" the information.", "en", &[(Some("USA"), A, "assert"), (Some("USA"), K, "hedge"), (Some("UN"), A, "hedge")]),
    // "both countries" after a claim in the same sentence are its two states, not an earlier pair
    ("Korea Utara mengakui telah mengirim pasukan ke Rusia. Selain pasukan, Korut juga dituding memasok jutaan peluru artileri dan rudal balistik ke Rusia, tuduhan yang hingga kini tetap dibantah oleh kedua negara.", "id", &[(Some("PRK"), T, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    ("The US and South Korea say North Korea supplied shells to Russia, an accusation both countries have denied.", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // being aware of the reports asserts nothing; an anonymity clause or a relative clause between commas stands between subject and cue
    ("Korea Utara mengakui telah mengirim pasukan ke Rusia. Sementara itu, seorang juru bicara Departemen Luar Negeri AS yang tidak disebutkan namanya mengatakan kepada kantor berita Reuters pada Senin bahwa Washington \"mengetahui laporan tersebut\", namun menolak berkomentar lebih jauh.", "id", &[(Some("PRK"), T, "assert"), (Some("USA"), T, "hedge")]),
    ("North Korea admitted sending troops to Russia. A State Department spokesperson, who declined to be named, told Reuters that Washington could not confirm the reports.", "en", &[(Some("PRK"), T, "assert"), (Some("USA"), T, "hedge")]),
    // a joint statement speaks for every state or body named before its cue ("in the strongest possible terms" is no hedge)
    ("On Tuesday, the foreign ministers of nearly 50 countries, among them South Korea and Japan, together with the EU's foreign policy chief Josep Borrell, issued a joint statement condemning \"in the strongest possible terms\" North Korea's export of ballistic missiles to Russia and their use against Ukraine.", "en", &[(Some("KOR"), A, "assert"), (Some("JPN"), A, "assert"), (Some("EU"), A, "assert")]),
    ("Days later, foreign ministers from close to 50 countries, including the US, South Korea and Japan, joined EU foreign policy chief Josep Borrell in a joint statement condemning North Korea's export and Russia's procurement of the missiles.", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("JPN"), A, "assert"), (Some("EU"), A, "assert")]),
    ("Sehari sebelumnya, Selasa (9/1/2024), menteri luar negeri dari hampir 50 negara, termasuk Menlu Jepang Yoko Kamikawa dan Menlu Korsel Park Jin, serta Perwakilan Tinggi Uni Eropa Josep Borrell mengeluarkan pernyataan bersama. Mereka mengecam keras ekspor rudal balistik oleh Korut dan pembelian rudal itu oleh Rusia.", "id", &[(Some("JPN"), A, "assert"), (Some("KOR"), A, "assert"), (Some("EU"), A, "assert")]),
    // joining others "in condemning" or "in a statement condemning" is signing a joint statement
    ("Japan has joined the U.S., South Korea and dozens of other countries in condemning North Korea's transfer of ballistic missiles to Russia.", "en", &[(Some("JPN"), A, "assert"), (Some("USA"), A, "assert"), (Some("KOR"), A, "assert")]),
    ("Australia joined the European Union and nine other countries last month in a statement condemning the deployment of North Korean troops to Russia.", "en", &[(Some("AUS"), T, "assert"), (Some("EU"), T, "assert")]),
    // "support Russia's war" is help for the claim's agent, not from it; the joint statement takes the story's claim
    ("Japan on Thursday renewed its condemnation of North Korea's transfer of ballistic missiles to Russia. Japan joined the United States, South Korea, the European Union and dozens of other countries in a joint statement released Tuesday that said the transfers \"increase the suffering of the Ukrainian people, support Russia's war of aggression, and undermine the global nonproliferation regime.\"", "en", &[(Some("JPN"), A, "assert"), (Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("EU"), A, "assert")]),
    // the Kharkiv regional prosecutor's office and its spokesman speak for Ukraine
    ("Rusia disebut menembakkan rudal balistik Korea Utara ke Ukraina. Juru bicara Kejaksaan Regional Kharkiv Dmytro Chubenko mengatakan sejumlah komponen rudal itu berbeda dari rudal Iskander.\"Kami belum bisa memastikan rudal itu buatan Korea Utara,\" ujarnya.", "id", &[(None, A, "hedge"), (Some("UKR"), A, "hedge")]),
    // a weak hedge does not reach a coordinated predicate with its own auxiliary after a comma
    ("North Korea has sent troops to Russia, the JCS said. According to the JCS, the North is believed to have sent about 3,000 additional troops to Russia earlier this year on top of the some 11,000 deployed last fall, and has continued to ship artillery shells and short-range ballistic missiles to Moscow.", "en", &[(Some("KOR"), T, "assert"), (Some("KOR"), A, "assert")]),
    // "that remains to be seen" after a wh-clause is a weak hedge, dropped when the same side asserts the claim
    ("Defense Secretary Lloyd Austin said there was evidence that North Korean troops were in Russia. \"What exactly they're doing, that remains to be seen,\" Austin said.", "en", &[(Some("USA"), T, "assert")]),
    // "tidak berada dalam posisi untuk memverifikasi" is a hedge, not troops "berada" somewhere
    ("Kirby mengatakan Korea Utara menyerahkan rudal balistik kepada Moskow. Juru bicara Sekretaris Jenderal PBB, Stephane Dujarric, mengatakan pihaknya tidak berada dalam posisi untuk memverifikasi laporan tersebut.", "id", &[(Some("USA"), A, "assert"), (Some("UN"), A, "hedge")]),
    // a monitoring verb in a purpose clause ("guna memantau pergerakan militer AS") is no hedge of the speaker
    ("NIS menyebut Rusia membantu Korea Utara meluncurkan satelit. Pyongyang sebelumnya mengumumkan rencana untuk menempatkan sejumlah satelit di orbit guna memantau pergerakan militer AS dan sekutunya.", "id", &[(Some("KOR"), K, "assert")]),
    // "the North Korean contingent" names the troops
    ("The Pentagon said last month the North Korean contingent, estimated at about 11,000 soldiers, had suffered \"several hundred\" casualties.", "en", &[(Some("USA"), T, "assert")]),
    // help to advance "nuclear and missile development" is technology
    ("Putin said Russia would help North Korea build satellites. Japan's foreign ministry said Tokyo will keep a close eye on any cooperation that could help advance North Korea's nuclear and missile development.", "en", &[(Some("RUS"), K, "assert"), (Some("JPN"), K, "hedge")]),
    // a subject naming no actor after a list of states speaks through the states listed
    ("The United States, South Korea, Japan and more than 40 other countries condemned North Korea's transfer of ballistic missiles to Russia.", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("JPN"), A, "assert")]),
    // "reports of" is the holder's noun, not its verb: the reports assert, the dismissal denies
    ("In October, Peskov dismissed initial South Korean intelligence reports of North Korean troops heading to Russia as \"another fake.\"", "en", &[(Some("RUS"), T, "deny"), (Some("KOR"), T, "assert")]),
    // a preposition before a date opens no other topic
    ("South Korea said North Korea had shipped shells to Russia. At the United Nations, Stephane Dujarric, spokesman for Secretary-General Antonio Guterres, told reporters on Thursday the world body was not in a position to verify the reports.", "en", &[(Some("KOR"), A, "assert"), (Some("UN"), A, "hedge")]),
    // a hedge with no claim of its own takes the one the speaker's next statement names
    ("Kirby said Russia had given North Korea satellite technology. Ukrainian air force spokesman Yuriy Ihnat said on Wednesday that experts were still examining debris recovered after the latest strikes and could not yet confirm where the missiles had been produced.", "en", &[(Some("USA"), K, "assert"), (Some("UKR"), A, "hedge")]),
    // reports of casualties are of the troops
    ("Zelenskyy said 3,000 North Korean soldiers were killed. A spokesperson for Secretary-General António Guterres said on Friday that the organisation had seen the reports of casualties but was \"not in a position to verify\" them.", "en", &[(Some("UKR"), T, "assert"), (Some("UN"), T, "hedge")]),
    // a multinational team's report speaks for the state that publishes it
    ("The Multilateral Sanctions Monitoring Team said North Korea had sent 9 million shells to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    // a dual reference after a sentence naming exactly two countries (through their leaders)
    ("Russia and China vetoed a resolution in 2022. Leader Kim Jong Un visited Russia's Far East in September for a summit with President Vladimir Putin. Both countries have denied the U.S. accusations that Pyongyang had agreed to send artillery shells.", "en", &[(Some("PRK"), A, "deny"), (Some("RUS"), A, "deny"), (Some("USA"), A, "assert")]),
    // thanking the troops for fighting acknowledges them
    ("Russia's chief of general staff, Valery Gerasimov, thanked North Korean troops for helping to retake the Kursk region.", "en", &[(Some("RUS"), T, "assert")]),
    // a coordinated cue after a negated first verb speaks for the unit's subject
    ("The US said North Korea sent shells to Russia. Pyongyang has never acknowledged supplying weapons to Russia and has dismissed such accusations in the past as \"absurd.\"", "en", &[(Some("USA"), A, "assert"), (Some("PRK"), A, "deny")]),
    // a participle clause holding a list, set off before the cue, speaks of the actor before it
    ("The Multilateral Sanctions Monitoring Team (MSMT), launched in October by South Korea, the United States, Japan and eight other countries after Russia blocked the renewal of a U.N. expert panel, said in its first report that North Korea provided more than 200 long-range artillery pieces to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    // "aliansi pertahanan Atlantik Utara" is NATO
    ("Sekretaris Jenderal NATO Mark Rutte pekan lalu mengatakan aliansi pertahanan Atlantik Utara itu belum bisa mengonfirmasi laporan Korea Selatan tentang pengiriman pasukan Korea Utara ke Rusia.", "id", &[(Some("NATO"), T, "hedge"), (Some("KOR"), T, "assert")]),
    // another transfer after the denial's comma is an aside, not what the denial is about
    ("Robert Wood told the council that Russian forces had launched North Korean missiles at Ukraine. Russia's deputy ambassador to the UN, Dmitry Polyanskiy, dismissed the US account, saying Washington had \"not presented a shred of evidence\" and had no right to lecture others while it shipped arms to Ukraine.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    // a gerund right after a stance verb is the speaker's own act: a third state's denial of
    // its own transfer is no stance on the claim
    ("North Korea denied the reports. Iran has denied supplying Moscow with weapons for use in Ukraine.", "en", &[]),
    ("North Korea has denied supplying Moscow with weapons.", "en", &[(Some("PRK"), A, "deny")]),
    // examining whether something will happen is a hedge on it
    ("South Korea's national security adviser Chang Ho-jin said Seoul would closely examine whether Moscow goes on to hand over sensitive technology, such as for satellites, to Pyongyang.", "en", &[(Some("KOR"), K, "hedge")]),
    // an action a state that is no agent of the claim owns is that state's ("Moscow's
    // involvement"); the hedge takes the claim its speaker named earlier in the unit
    ("A U.S. State Department spokesperson said on Wednesday that Washington was \"very concerned\" about any Russian assistance to the North's space program but could not confirm Moscow's involvement.", "en", &[(Some("USA"), K, "hedge")]),
    // a speaker the lexicon does not place, inside what a state's speaker says, speaks for it
    ("Air force spokesman Yurii Ihnat said investigators could not yet confirm the type of North Korean missile used, noting that Russia had fired several kinds of missiles.", "en", &[(Some("UKR"), A, "hedge")]),
    // an analyst's assert supersedes no official's weak hedge of the same state
    ("Blinken also said Russia might be providing technology in return that would support North Korea's missile programs. Ethan Moss, a former U.S. intelligence analyst, said: \"It's almost certain that Russia is paying for those shells with know-how.\"", "en", &[(Some("USA"), K, "hedge"), (Some("USA"), K, "assert")]),
    // "nothing to add" about a claim just denied is a refusal to say more
    ("Kim Yo Jong said talk of arms sales to Moscow was absurd. Kremlin spokesman Dmitry Peskov, asked about the North Korean statement, said he had \"nothing to add\".", "en", &[(Some("PRK"), A, "deny"), (Some("RUS"), A, "hedge")]),
    // to monitor whether a transfer happens is to leave it open
    ("South Korea's National Security Adviser Chang Ho-jin said the government will closely monitor whether Russia transfers technology for the North's missile and satellite programs.", "en", &[(Some("KOR"), K, "hedge")]),
    ("Kementerian Unifikasi Korea Selatan mengatakan akan mengawasi apakah Rusia memberikan teknologi rudal kepada Korea Utara.", "id", &[(Some("KOR"), K, "hedge")]),
    // to worry that a transfer may come is to hedge on it
    ("U.S. officials worry that Russia may in return provide North Korea with technology that could advance its nuclear and missile programs.", "en", &[(Some("USA"), K, "hedge")]),
    // a listed alias's closing dot before the list's comma
    ("North Korea has acknowledged that it sent troops to Russia, months after U.S., South Korean and Ukrainian officials said thousands of them had been deployed there.", "en", &[(Some("PRK"), T, "assert"), (Some("USA"), T, "assert"), (Some("KOR"), T, "assert"), (Some("UKR"), T, "assert")]),
    // an accusation the writer reports without its accuser is the one a later denial refers to
    ("Badan Intelijen Korea Selatan menyebut Korut telah mengirim 12.000 tentara ke Rusia. Sebelumnya, Korut juga dituduh memasok jutaan peluru artileri dan rudal balistik untuk Rusia. Moskow dan Pyongyang sama-sama membantah tuduhan itu.", "id", &[(Some("KOR"), T, "assert"), (None, A, "hedge"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // that the other side can no longer deny it asserts what it no longer denies
    ("Korea Utara mengakui telah mengirim pasukan ke Kursk. \"Sekarang Moskow dan Pyongyang tidak bisa lagi menyangkalnya,\" kata Menteri Luar Negeri Ukraina Andrii Sybiha.", "id", &[(Some("PRK"), T, "assert"), (Some("UKR"), T, "assert")]),
    ("North Korea admitted it sent troops to Kursk. \"Now Moscow and Pyongyang can no longer deny it,\" Ukrainian Foreign Minister Andrii Sybiha said.", "en", &[(Some("PRK"), T, "assert"), (Some("UKR"), T, "assert")]),
    // a document's noun heads a speaker's phrase and speaks for the actor it names
    ("North Korea shipped 9 million shells to Russia last year, the UN assessment said.", "en", &[(Some("UN"), A, "assert")]),
    // and a report that names no actor is no person's spoken before
    ("Kim Jong Un praised the soldiers. North Korea has shipped at least 9 million rounds of artillery to Russia, according to the first report of a new multinational body.", "en", &[(None, A, "assert")]),
    // a quote that opens between a modal and "confirm" leaves it an assert
    ("NATO Secretary General Mark Rutte told reporters in Brussels on Monday that he could \"confirm today that North Korean troops have been sent to Russia.\"", "en", &[(Some("NATO"), T, "assert")]),
    // fronted adverbials before the speaker: several, or one long one
    ("Days later, at a meeting in Washington, U.S. Defense Secretary Lloyd Austin said around 10,000 North Korean soldiers were in Russia.", "en", &[(Some("USA"), T, "assert")]),
    ("At a meeting of U.S. and South Korean foreign and defense ministers in Washington on October 31, U.S. Defense Secretary Lloyd Austin said around 10,000 North Korean soldiers were in Russia.", "en", &[(Some("USA"), T, "assert")]),
    // a presence named for the troops, and months spent denying it
    ("Pyongyang and Moscow spent months dismissing reports of a North Korean presence on the front.", "en", &[(Some("PRK"), T, "deny"), (Some("RUS"), T, "deny")]),
    // a presidential office is an office; to assess whether is to leave it open
    ("A senior official at the South Korean presidential office said the government was watching closely whether Mr Putin's visit would lead to any transfer of sensitive technology to the North.", "en", &[(Some("KOR"), K, "hedge")]),
    ("Pentagon masih menilai apakah pasukan Korea Utara tersebut akan diterjunkan ke medan tempur.", "id", &[(Some("USA"), T, "hedge")]),
    // to suspect is to hedge; never to confirm nor deny is to hedge
    ("South Korean officials also say they suspect North Korea is receiving Russian technology in return to advance its spy satellite and missile programs.", "en", &[(Some("KOR"), K, "hedge")]),
    ("Pasukan Korea Utara dilaporkan bertempur di Kursk. Sebelumnya, Kremlin tak pernah mengonfirmasi ataupun membantah laporan keberadaan mereka.", "id", &[(None, T, "hedge"), (Some("RUS"), T, "hedge")]),
    // a participle clause between commas before the cue is the subject's, not a speaker
    ("South Korean Defense Minister Shin Won-sik, appearing alongside Lloyd Austin at the Pentagon, said North Korea had delivered enormous amounts of ammunition to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    // North Korean missiles in Russian strikes
    ("Ukrainian officials say they have recovered debris of North Korean ballistic missiles after Russian strikes on Kharkiv and other cities.", "en", &[(Some("UKR"), A, "assert")]),
    // relying heavily on arms from North Korea is receiving them
    ("South Korea's defense ministry said Moscow was relying heavily on weapons and ammunition from North Korea and Iran.", "en", &[(Some("KOR"), A, "assert")]),
    // an event phrase between the subject and the cue
    ("Menteri Luar Negeri Korea Selatan Cho Tae-yul dalam forum itu mengatakan rudal Korea Utara yang dipakai Rusia di Ukraina merupakan ancaman.", "id", &[(Some("KOR"), A, "assert")]),
    ("Menteri Luar Negeri Korea Selatan Cho Tae-yul dalam jumpa pers mengatakan rudal Korea Utara yang dipakai Rusia di Ukraina merupakan ancaman.", "id", &[(Some("KOR"), A, "assert")]),
    // the price of an exchange ("sebagai ganti pasokan amunisi") is taken as given, not hedged
    ("Washington juga menduga Kim akan meminta imbalan berupa teknologi canggih, termasuk untuk satelit dan kapal selam bertenaga nuklir, sebagai ganti pasokan amunisi tersebut.", "id", &[(Some("USA"), K, "hedge")]),
    // a section heading between paragraphs names no claim of the story around it
    ("Juru bicara Gedung Putih John Kirby mengatakan Korea Utara memasok peluru artileri kepada Rusia untuk perang di Ukraina.\nSeoul dan Tokyo Memantau\nPemerintah Korea Selatan belum memberikan tanggapan resmi atas temuan tersebut hingga Rabu malam.", "id", &[(Some("USA"), A, "assert")]),
    ("White House spokesman John Kirby said North Korea had shipped artillery shells to Russia for the war in Ukraine.\nSeoul and Tokyo watching closely\nThe South Korean government has not commented on the findings.", "en", &[(Some("USA"), A, "assert")]),
    // a purpose clause: the subject of the verb before the object speaks; a directive verb's object does not
    ("White House national security spokesman John Kirby cited newly declassified intelligence to say Russian forces had fired North Korean-supplied ballistic missiles into Ukraine.", "en", &[(Some("USA"), A, "assert")]),
    ("Seoul urged the regime to confirm that North Korean troops were in Russia.", "en", &[]),
    // one North Korean ballistic missile's debris under investigation
    ("The UN panel of experts said in its final report that it was investigating reports that debris from a North Korean ballistic missile had been found in the Ukrainian city of Kharkiv.", "en", &[(Some("UN"), A, "hedge")]),
    // a coordinated speech verb after a fronted time and a comma speaks for the pronoun that opens the clause
    ("\"This was not an easy task,\" Zelensky wrote.\nOn Sunday, he released a video of the men being questioned through a Korean interpreter, and wrote that Russia depends on military help from Pyongyang, from artillery shells and missiles to soldiers.", "en", &[(Some("UKR"), A, "assert")]),
    // "the experts" of a UN panel named paragraphs before
    ("Russia vetoed the renewal of a United Nations panel of experts that has tracked sanctions on North Korea.\nThirteen members voted in favor.\nChina abstained.\nEarlier this month, South Korea's defense minister, Shin Won-sik, said North Korea had shipped about 6,700 containers to Russia.\nThe panel itself has been more cautious. In its latest report, the experts said they were investigating reports that debris from a missile came from a North Korean Hwasong-11 ballistic missile.", "en", &[(Some("KOR"), A, "assert"), (Some("UN"), A, "hedge")]),
    // a plain noun's complement after "of" is no speaker: the makeup of a delegation suggests nothing of the state's
    ("Experts said the makeup of Kim's delegation strongly suggests weapons were on the agenda.", "en", &[(None, A, "hedge")]),
    // an inverted cue before a name and its apposition; the apposition's office gives an unknown name its state
    ("\"North Korea is shipping shells to Russia,\" said Park Seong-ho, a researcher at the Korea Institute for National Unification.", "en", &[(None, A, "assert")]),
    ("\"Pyongyang has shipped millions of shells to Moscow,\" said Lee Jae-hoon, a spokesman for the South Korean foreign ministry.", "en", &[(Some("KOR"), A, "assert")]),
    // an apposition with "of" still leaves the word to the name before it
    ("Kim Yo Jong, the sister of North Korean leader Kim Jong Un, has previously called claims of weapons exports to Russia \"absurd\".", "en", &[(Some("PRK"), A, "deny")]),
    // a report noun opening a sentence holds nothing for the state that ended the sentence before
    ("\"Kami tidak pernah melakukan transaksi senjata dengan Rusia. Laporan media Jepang tentang transaksi senjata DPRK-Rusia adalah tipuan paling absurd,\" kata juru bicara Kementerian Luar Negeri Korea Utara.", "id", &[(Some("PRK"), A, "deny")]),
    // "so far" between the subject and the cue
    ("NATO sendiri sejauh ini menyatakan belum bisa memastikan bahwa pasukan Korut ikut bertempur di Ukraina.", "id", &[(Some("NATO"), T, "hedge")]),
    ("NATO itself has so far said it cannot confirm that North Korean troops are fighting in Ukraine.", "en", &[(Some("NATO"), T, "hedge")]),
    // a hedge about a side topic named further into the statement takes no claim of the context
    ("Putin could give Kim satellite technology, analysts said. The Kremlin said on Thursday that it had no information to share about such a visit.", "en", &[(None, K, "hedge")]),
    // a claim named whole before "and that": neither the hedge nor the weak hedge after the join reaches it
    ("Ambassador Hwang Joon-kook of South Korea told members that the missiles fired at Ukraine were \"made in Pyongyang\" and that Seoul was deeply worried about what North Korea might learn from their use on the battlefield.", "en", &[(Some("KOR"), A, "assert")]),
    // men lying in bunk beds deny nothing
    ("Zelenskiy said Ukrainian forces had captured two North Korean soldiers in Kursk. He posted a video showing the men lying in bunk beds, one with bandaged hands.", "en", &[(Some("UKR"), T, "assert")]),
    // "the evidence" refers back; "irrefutable" asserts it
    ("Russia launched North Korean missiles into Ukraine, Washington said. Ukraine's ambassador Sergiy Kyslytsya said the evidence was \"irrefutable\" and urged the council to act.", "en", &[(Some("USA"), A, "assert"), (Some("UKR"), A, "assert")]),
    ("Rusia menembakkan rudal Korea Utara ke Ukraina, kata Washington. Duta Besar Ukraina untuk PBB Sergiy Kyslytsya menyebut bukti itu tak terbantahkan.", "id", &[(Some("USA"), A, "assert"), (Some("UKR"), A, "assert")]),
    // "and that" without a comma opens another proposition: the hedge's own object is still a reference
    ("Russia fired North Korean missiles at Ukraine, Kirby said. Air force spokesman Yurii Ihnat said that the military could not yet confirm the origin of the missiles and that fragments were still being examined by experts.", "en", &[(Some("USA"), A, "assert"), (Some("UKR"), A, "hedge")]),
    // sanctions imposed over a transfer take it as given
    ("Uni Eropa pada Senin menjatuhkan sanksi terhadap sejumlah pejabat Korut, termasuk Menteri Pertahanan No Kwang Chol, atas pengerahan pasukan Korut ke Rusia.", "id", &[(Some("EU"), T, "assert")]),
    ("The European Union imposed sanctions on North Korean Defense Minister No Kwang Chol over the deployment of North Korean troops to Russia.", "en", &[(Some("EU"), T, "assert")]),
    // an estimate of what will happen forecasts a claim (a weak hedge, outweighed by the same side's assertion)
    ("NIS melaporkan sekitar 3.000 tentara Korut telah dikirim ke Rusia. Menurut Park, NIS juga memperkirakan Pyongyang bakal meminta imbalan berupa alih teknologi untuk senjata nuklir.", "id", &[(Some("KOR"), T, "assert"), (Some("KOR"), K, "hedge")]),
    ("NIS melaporkan sekitar 3.000 tentara Korut telah dikirim ke Rusia. NIS memperkirakan total 12 ribu tentara akan dikirim.", "id", &[(Some("KOR"), T, "assert")]),
    // a hedge whose own object is a side topic takes no claim of the context, unless the sentence names one
    ("Korea Utara diduga memasok peluru artileri ke Rusia, kata Kirby. Sementara itu, Kepala Sekretaris Kabinet Jepang Hirokazu Matsuno menyebut Tokyo mencermati pertemuan itu \"dengan penuh keprihatinan\", termasuk dampaknya terhadap keamanan kawasan.", "id", &[(Some("USA"), A, "hedge")]),
    ("Korea Utara diduga memasok peluru artileri ke Rusia, kata Kirby. Matsuno menyebut Tokyo mengamati pertemuan Kim dan Putin, termasuk kemungkinan adanya kerja sama terkait senjata, \"dengan penuh keprihatinan\".", "id", &[(Some("USA"), A, "hedge"), (Some("JPN"), A, "hedge")]),
    // what needs watching is whether: a hedge
    ("Korea Utara memasok amunisi ke Rusia, kata Park. \"Yang perlu diawasi adalah apakah ada alih teknologi rudal atau satelit dari Rusia ke Korea Utara,\" kata juru bicara Kementerian Unifikasi Korea Selatan.", "id", &[(None, A, "assert"), (Some("KOR"), K, "hedge")]),
    // a hedge after a long stretch of time in its clause sums up behaviour; one naming the claim, or in another clause, still counts
    ("Korea Utara mengakui telah mengirim pasukan ke Kursk. Selama berbulan-bulan, Moskow dan Pyongyang memilih bungkam.", "id", &[(Some("PRK"), T, "assert")]),
    ("Korea Utara mengakui telah mengirim pasukan ke Kursk. Selama berbulan-bulan sebelumnya, Pyongyang dan Moskow menolak mengonfirmasi laporan pengiriman pasukan tersebut.", "id", &[(Some("PRK"), T, "assert"), (Some("PRK"), T, "hedge"), (Some("RUS"), T, "hedge")]),
    ("Korea Utara mengakui telah mengirim pasukan ke Kursk. Selama berbulan-bulan, Pyongyang menepis laporan pengiriman pasukan sebagai \"rumor tak berdasar\", sementara Kremlin menolak berkomentar.", "id", &[(Some("PRK"), T, "assert"), (Some("PRK"), T, "deny"), (Some("RUS"), T, "hedge")]),
    // Australia's foreign ministry by its name
    ("A spokesperson for the Department of Foreign Affairs and Trade told the ABC on Wednesday that North Korea's supply of ballistic missiles and munitions to Russia was \"a flagrant violation\" of Security Council resolutions.", "en", &[(Some("AUS"), A, "assert")]),
    // a sentence echoing the one before ("Senada,") takes the claim of the last stance of its kind
    ("Sekretaris Jenderal NATO Mark Rutte mengatakan aliansi itu belum dapat mengonfirmasi laporan pengiriman pasukan Korut ke Rusia. Meski begitu, Rutte menegaskan Korut selama ini sudah memasok rudal dan amunisi kepada Rusia. Senada, juru bicara Pentagon Mayor Jenderal Pat Ryder mengatakan Washington belum bisa memverifikasi laporan tersebut.", "id", &[(Some("NATO"), T, "hedge"), (Some("NATO"), A, "assert"), (Some("USA"), T, "hedge")]),
    // British spelling of co-operation; begging a supplier for arms is receiving them
    ("Mr Putin said Russia \"does not rule out developing military-technical co-operation\" with North Korea.", "en", &[(Some("RUS"), K, "hedge")]),
    ("\"Russia has to beg Pyongyang and Tehran for missiles and shells,\" Ukraine's ambassador told the council.", "en", &[(Some("UKR"), A, "assert")]),
    // a hedge on a holder's report after another side's hedge takes that hedge's claim when the holder asserted it
    ("NIS menyatakan Korea Utara telah mengirim pasukan ke Rusia. NIS menambahkan Pyongyang telah mengirim peluru artileri ke Rusia. Sekretaris Jenderal NATO Mark Rutte mengatakan aliansi itu \"tidak dapat mengonfirmasi\" laporan bahwa tentara Korea Utara terlibat dalam pertempuran. Namun, ia menegaskan Korea Utara sudah membantu Rusia dengan amunisi dan rudal. Juru bicara Gedung Putih Sean Savett mengatakan Washington \"tidak dapat mengonfirmasi\" laporan NIS.", "id", &[(Some("KOR"), T, "assert"), (Some("KOR"), A, "assert"), (Some("NATO"), T, "hedge"), (Some("NATO"), A, "assert"), (Some("USA"), T, "hedge")]),
    // a reference or a conditional naming the deployment is to the troops claim, not the story's lead on arms
    ("North Korea has sent shells and missiles to Russia's war, officials say. On October 25, Vice Foreign Minister Kim Jong Gyu told KCNA that if such a deployment were taking place, it would be \"an act conforming with the regulations of international law.\"", "en", &[(None, A, "assert"), (Some("PRK"), T, "hedge")]),
    ("Korea Utara memasok peluru artileri ke Rusia. Wakil Menteri Luar Negeri Korut Kim Jong Gyu menyatakan bahwa jika pengerahan semacam itu memang ada, hal tersebut sesuai dengan hukum internasional.", "id", &[(Some("PRK"), T, "hedge")]),
    // "corroborate" is spelt like "verify", "dapat" and "mampu" like "bisa"
    ("In Washington, Pentagon press secretary Major General Pat Ryder told reporters on Thursday that the United States was \"unable to corroborate\" the reports of North Korean troops.", "en", &[(Some("USA"), T, "hedge")]),
    ("Juru bicara NATO Farah Dakhlallah pekan lalu menyatakan aliansi itu belum dapat membuktikan kebenaran laporan pengiriman pasukan Korea Utara ke Rusia.", "id", &[(Some("NATO"), T, "hedge")]),
    // a date of several tokens counts once between the subject and an event phrase
    ("Kepala Sekretaris Kabinet Jepang Hirokazu Matsuno dalam jumpa pers Rabu (13/9) menyampaikan bahwa pemerintahnya memantau pertemuan itu. Tokyo, kata dia, mewaspadai kemungkinan adanya transaksi senjata.", "id", &[(Some("JPN"), A, "hedge")]),
    // Putin's "certain restrictions" hedge; the subject after a fronted topic is what "ia" refers to
    ("Putin mengatakan Rusia akan membantu Korea Utara membangun satelit. \"Kami akan selalu bersama Rusia,\" ujar Kim Jong Un. Soal kemungkinan kerja sama militer, Putin memilih berhati-hati. Ia mengatakan ada pembatasan tertentu dan Rusia mematuhi semua pembatasan itu.", "id", &[(Some("RUS"), K, "assert"), (Some("RUS"), K, "hedge")]),
    ("Putin said Russia would help North Korea build satellites. Pressed on military-technical cooperation, he said there were \"certain restrictions\" and that Russia complies with them, before adding: \"There are things that we can talk about.\"", "en", &[(Some("RUS"), K, "assert"), (Some("RUS"), K, "hedge")]),
    // a second verb of a headline's subject is no inverted speech of the actor owning the noun after it; "red herring" denies
    ("North Korea denies arms deal with Russia, calls the US claim absurd", "en", &[(Some("PRK"), A, "deny"), (Some("USA"), A, "assert")]),
    ("Pyongyang says reports that it shipped rockets and missiles to the Russian mercenary group are a red herring aimed at tarnishing its image.", "en", &[(Some("PRK"), A, "deny")]),
    // a state that is no party of the claim denies its own transfer when the phrase opens with a gerund
    ("North Korea sent shells to Russia, Kirby said. Tehran has denied arming Russia.", "en", &[(Some("USA"), A, "assert")]),
    // "the administration" after a speaker's verb is the speaker's government, not the body named before
    ("\"This is a significant escalation,\" Kirby said, adding that the United States would raise the transfers at the U.N. Security Council. Kirby also said the administration assesses that Pyongyang wants fighter aircraft from Russia in exchange, and that Moscow is likely to provide at least some of it.", "en", &[(Some("USA"), K, "assert")]),
    // neither confirming nor denying, "never" and an adverb inside
    ("Laporan pengerahan pasukan Korea Utara ke Rusia mencuat. Moskow tidak pernah secara terbuka membenarkan ataupun membantah kehadiran tentara Korut di wilayahnya.", "id", &[(Some("RUS"), T, "hedge")]),
    // a holder's claim spelled out after its holder names no claim of the context, up to the speaker's next speech verb
    ("Korea Utara mengakui mengirim pasukan ke Kursk. Staf Umum Ukraina membantah klaim Moskow bahwa Kursk telah direbut sepenuhnya dan menyebut operasi pasukannya masih berlangsung.", "id", &[(Some("PRK"), T, "assert")]),
    // a passive joint statement names its signers after the cue; neither confirming nor denying with "enggan"
    ("Russia fired North Korean missiles at Ukraine, the U.S. said. The accusations were also backed by a joint statement issued Tuesday by the foreign ministers of nearly 50 countries, including South Korea and Japan, and by Josep Borrell, the European Union's foreign policy chief.", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("JPN"), A, "assert"), (Some("EU"), A, "assert")]),
    ("Laporan pengerahan pasukan Korea Utara ke Rusia mencuat. Kremlin kala itu enggan mengonfirmasi ataupun membantah laporan tersebut dan hanya menyebut hubungan militer dengan Pyongyang sebagai urusan kedaulatan.", "id", &[(Some("RUS"), T, "hedge")]),
    // an initial's period inside an inverted cue's apposition ends nothing: the quote is the analyst's, not the last speaker's
    ("The Kremlin said the pact was in line with international law. \"For Pyongyang, the bigger prize is Russian military technology, and that question is still open,\" said Lim Wei Jie, a research fellow at Singapore's S. Rajaratnam School of International Studies.", "en", &[(None, K, "assert")]),
    // "is not only" is no negation; an action a determiner makes a noun of spells out another claim
    ("\"North Korea is not only sending its soldiers to die for Russia, it is also supplying Moscow with millions of shells,\" Sybiha said.", "en", &[(Some("UKR"), A, "assert"), (Some("UKR"), T, "assert")]),
    ("North Korea admitted sending troops to Kursk. Kyiv has disputed Moscow's claim that the fighting in Kursk is over.", "en", &[(Some("PRK"), T, "assert")]),
    // "belum memiliki bukti" is "belum ada bukti": a third party's lack of evidence hedges
    ("Korea Utara mengirim 1.500 pasukan ke Rusia, kata NIS. Sekretaris Jenderal NATO Mark Rutte di Brussels pada Kamis mengatakan aliansi tersebut saat ini belum memiliki bukti keterlibatan langsung tentara Korut dalam perang.", "id", &[(Some("KOR"), T, "assert"), (Some("NATO"), T, "hedge")]),
    // a claim word a demonstrative follows points further back than the context's window
    ("AS menuduh Korea Utara memasok rudal balistik ke Rusia.\nKirby menambahkan, sebagai imbalannya Pyongyang berupaya mendapatkan pesawat tempur dan teknologi canggih dari Moskow.\n\"Ini merupakan eskalasi yang signifikan,\" ujarnya.\nPara analis menilai kerja sama itu akan terus berkembang.\nKedua pemimpin bertemu di Vostochny pada September lalu.\nTuduhan AS itu mendapat dukungan luas. Menteri luar negeri dari sekitar 50 negara, termasuk Korea Selatan dan Jepang, merilis pernyataan bersama yang mengecam transfer rudal tersebut.", "id", &[(Some("USA"), A, "assert"), (Some("USA"), K, "assert"), (Some("KOR"), A, "assert"), (Some("JPN"), A, "assert")]),
    // a question holding an example set off by commas ("including arms supplies,") still ends at the comma before the answer's speaker
    ("Asked whether the two leaders discussed military cooperation, including arms supplies, Putin said there were \"certain restrictions\" and Russia complied with them.", "en", &[(Some("RUS"), A, "hedge")]),
    ("Saat ditanya apakah kedua pemimpin juga membahas kerja sama militer, termasuk pasokan senjata, Putin mengatakan ada \"pembatasan tertentu\" dan Rusia mematuhi semua pembatasan itu.", "id", &[(Some("RUS"), A, "hedge")]),
    // a claim's object joined by "or"/"atau" to the context's claim names its own claim too
    ("North Korea is accused of supplying shells to Russia. Seoul and Tokyo reacted. South Korea said it was closely monitoring whether the meeting would lead to weapons or technology transfers.", "en", &[(None, A, "hedge"), (Some("KOR"), A, "hedge"), (Some("KOR"), K, "hedge")]),
    ("Korea Utara dituduh memasok senjata ke Rusia. Seoul dan Tokyo ikut bereaksi. Kementerian Luar Negeri Korea Selatan memantau dengan cermat apakah pertemuan itu berujung pada transfer senjata atau teknologi.", "id", &[(None, A, "hedge"), (Some("KOR"), A, "hedge"), (Some("KOR"), K, "hedge")]),
    // a source set off by commas inside the sentence speaks the whole of it
    ("In return, according to the NIS, Moscow is likely to provide reconnaissance satellite technology to Pyongyang.", "en", &[(Some("KOR"), K, "hedge")]),
    ("Sebagai imbalannya, menurut NIS, Moskow kemungkinan akan memberikan teknologi satelit pengintai, bahkan kapal selam bertenaga nuklir, kepada Pyongyang.", "id", &[(Some("KOR"), K, "hedge")]),
    ("Moskow, menurut NIS, kemungkinan akan memberikan teknologi satelit pengintai kepada Pyongyang.", "id", &[(Some("KOR"), K, "hedge")]),
    // "the missile" with its article is an object of the arms claim (not "missile technology")
    ("North Korea supplied Russia with missiles, the US said. Kharkiv regional prosecutor Dmytro Chubenko said the missile very likely came from North Korea.", "en", &[(Some("USA"), A, "assert"), (Some("UKR"), A, "hedge")]),
    ("\"We are seriously concerned that the deployment may lead to the transfer of nuclear and missile-related technology from Russia to North Korea,\" Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference on Monday.", "en", &[(Some("JPN"), K, "hedge")]),
    // a participle a subordinator opens after a comma is another proposition, not the hedge's own
    ("North Korea supplied Russia with missiles, the US said. Asked about the allegations on Wednesday, Stéphane Dujarric, spokesperson for UN Secretary-General António Guterres, said the organisation was \"not in a position to verify\" the reports, while stressing that any transfer would breach Security Council sanctions.", "en", &[(Some("USA"), A, "assert"), (Some("UN"), A, "hedge")]),
    // an adverb of echo between auxiliary and verb is a filler; "confirmation of what" vindicates like "confirmed what" (its "of" opens no topic)
    ("The US says North Korea sent arms to Russia. Moscow has likewise rejected the accusations.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("North Korea confirmed on Monday that it had sent troops to Russia. Heorhii Tykhyi, a spokesman for Ukraine's Foreign Ministry, said Pyongyang's statement was simply confirmation of what Kyiv had been warning about since last fall.", "en", &[(Some("PRK"), T, "assert"), (Some("UKR"), T, "assert")]),
    // an abbreviation in parentheses may close the head of a subject with a restrictive relative clause
    ("Panel ahli Perserikatan Bangsa-Bangsa (PBB) yang memantau sanksi terhadap Korut juga menyimpulkan bahwa rudal yang menghantam Kota Kharkiv pada 2 Januari 2024 adalah rudal balistik Hwasong-11 buatan Korut.", "id", &[(Some("UN"), A, "assert")]),
    ("Badan Intelijen Nasional (NIS) yang memantau Korut menyimpulkan bahwa rudal buatan Korut dikirim ke Rusia.", "id", &[(Some("KOR"), A, "assert")]),
    // a correlative may open a passive's agent before its marker
    ("Amerika Serikat menuduh Korea Utara memasok peluru kepada Rusia. Tuduhan itu dibantah baik oleh Moskow maupun Pyongyang.", "id", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // "also" and "still" inside an auxiliary's hedge verb
    ("The NIS was also watching for signs that Moscow would repay Pyongyang with weapons technology, including for its reconnaissance satellites, though it had not confirmed any such transfer, Lee said.", "en", &[(Some("KOR"), K, "hedge")]),
    // "of North Korean origin" names the arms claim
    ("The US says Russia fired North Korean missiles at Ukraine. In Ukraine, Kharkiv regional prosecutor Oleksandr Filchakov said Saturday that fragments recovered after the Jan. 2 strike on the city differed from those of Russian-made Iskander missiles and were \"most likely\" of North Korean origin.", "en", &[(Some("USA"), A, "assert"), (Some("UKR"), A, "hedge")]),
    // calling the other side's announcement a confession vindicates the story's claim
    ("North Korea confirmed for the first time that it had sent troops to Russia. South Korea's Foreign Ministry said Monday that the North's announcement amounted to \"a confession of its own illegal acts\".", "en", &[(Some("PRK"), T, "assert"), (Some("KOR"), T, "assert")]),
    ("Korea Utara untuk pertama kalinya mengakui telah mengirim pasukan ke Rusia. Kementerian Luar Negeri Korea Selatan mengatakan pernyataan Pyongyang sama saja dengan \"mengakui kejahatan perang mereka sendiri\".", "id", &[(Some("PRK"), T, "assert"), (Some("KOR"), T, "assert")]),
    // a participle whose complementizer opens what is said is no parenthesis: the subject after "that" speaks
    ("The US said North Korea shipped shells to Russia. Japan's Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference on June 17 that Tokyo was \"watching with grave concern\" whether Russia was transferring nuclear or missile technology to the North, adding that Japan could not yet confirm such transfers.", "en", &[(Some("USA"), A, "assert"), (Some("JPN"), K, "hedge")]),
    // "was concerned" hedges like "is concerned"
    ("Hayashi said Tokyo was concerned whether Russia was transferring missile technology to North Korea.", "en", &[(Some("JPN"), K, "hedge")]),
    // a non-party's rejection of a holder's claim, when the holder asserted this claim, is about something else
    ("North Korea confirmed it sent troops to Russia to help retake Kursk. Russia's Gerasimov said North Korean troops helped liberate Kursk. Ukraine's General Staff rejected Gerasimov's claim, stating that Ukrainian units are still holding defensive positions in the oblast.", "en", &[(Some("PRK"), T, "assert"), (Some("RUS"), T, "assert")]),
    ("Seoul says North Korea sent troops to Russia. Ukraine rejected Moscow's denial.", "en", &[(Some("KOR"), T, "assert"), (Some("UKR"), T, "hedge")]),
    // a body of several members ("the panel") takes no state from an ambassador who spoke before it
    ("Russia vetoed the renewal of a panel of experts monitoring sanctions. The UK's ambassador, Barbara Woodward, said Russia was trying to cover up arms deals with North Korea. The panel said it was investigating reports of North Korean arms transfers to Russia.", "en", &[(Some("GBR"), A, "assert"), (None, A, "hedge")]),
    // a contrast conjunction after a comma with a subject of its own ends the speaker's scope
    ("The U.S. has accused North Korea of supplying shells to Russia in exchange for military technology. Both Moscow and Pyongyang have denied the arms transfer accusations, but Russian President Vladimir Putin and North Korean leader Kim Jong Un met in September at Russia's Vostochny Cosmodrome, where Putin said Russia would help the North build satellites.", "en", &[(Some("USA"), A, "assert"), (Some("USA"), K, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny"), (Some("RUS"), K, "assert")]),
    // verifying a soldier's identity is no hedge on the claim
    ("NIS menyatakan pihaknya bekerja sama dengan intelijen Ukraina untuk memverifikasi identitas kedua tentara Korea Utara yang ditangkap di Kursk.", "id", &[(Some("KOR"), T, "assert")]),
    // "analyzing whether" hedges like "examine whether"
    ("Russia helped North Korea launch its spy satellite, Seoul said. Japan's Chief Cabinet Secretary Hirokazu Matsuno said on Wednesday that Tokyo was analyzing whether Russia had been involved in the launch.", "en", &[(Some("KOR"), K, "assert"), (Some("JPN"), K, "hedge")]),
    // a denial of a relation to something that names no claim denies nothing; one to a claim or a pronoun still does
    ("The US says North Korea sent arms to Russia. The US ambassador, Linda Thomas-Greenfield, said the veto had nothing to do with the panel's methods.", "en", &[(Some("USA"), A, "assert")]),
    ("The US says North Korea sent arms to Russia. Russia said it had nothing to do with the arms shipments.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("The US says North Korea sent arms to Russia. Moscow says it has nothing to do with it.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    // a fronted place is no subject: the pronoun after it is the person the sentence names next
    ("Di DK PBB, Duta Besar Ukraina Sergiy Kyslytsya tak lagi menggunakan bahasa yang hati-hati. Ia menyatakan Rusia sudah memakai rudal Korut untuk membunuh warga sipil Ukraina.", "id", &[(Some("UKR"), A, "assert")]),
    ("At the UN Security Council, Ukraine's ambassador Sergiy Kyslytsya was blunt. He said Russia had used North Korean missiles to kill civilians.", "en", &[(Some("UKR"), A, "assert")]),
    // a complaint that the accuser shows no evidence denies; the writer's note "without
    // evidence" set off after the speaker's verb is no stance of the speaker
    ("The White House said North Korea has shipped artillery shells to Russia. Kremlin spokesman Dmitry Peskov said Washington had failed to provide any evidence.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("The White House said North Korea has shipped artillery shells to Russia. Russian envoy Dmitry Polyanskiy accused Washington of making the claims without evidence.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("Gedung Putih menyebut Korea Utara telah mengirim peluru artileri ke Rusia. Wakil Duta Besar Rusia Dmitry Polyanskiy menuding Washington tidak menyajikan bukti apa pun atas klaimnya.", "id", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("Gedung Putih menyebut Korea Utara telah mengirim peluru artileri ke Rusia. Peskov mengatakan tuduhan itu dilontarkan tanpa bukti.", "id", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("Zelensky said, without providing evidence, that North Korea had sent troops to Russia.", "en", &[(Some("UKR"), T, "assert")]),
    ("Zelensky mengatakan, tanpa memberikan bukti, bahwa Korea Utara telah mengirim pasukan ke Rusia.", "id", &[(Some("UKR"), T, "assert")]),
    // a side owned by a pronoun may hold modifiers, and an adverb may stand before the cue
    ("The Kiev regime and its Western sponsors have repeatedly claimed that the DPRK supplied Russia with artillery shells.", "en", &[(Some("UKR"), A, "assert")]),
    // rounds of ammunition are arms
    ("South Korea's National Intelligence Service told lawmakers that Pyongyang had shipped more than 1 million rounds to Russia since August.", "en", &[(Some("KOR"), A, "assert")]),
    // a reference right after another side's assertion is to what was asserted, not to the
    // speaker's own last topic
    ("Asked whether Russia would share military technologies with Pyongyang, Peskov declined to comment. Ukraine has claimed that the DPRK supplied Russia with shells. Both Moscow and Pyongyang have dismissed those claims as groundless.", "en", &[(Some("RUS"), K, "hedge"), (Some("UKR"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // a participle after the time of an inverted speech goes on with the same speaker
    ("\"We have said this for months,\" Tykhyi said Monday, adding that Pyongyang had supplied Russia with artillery shells.", "en", &[(Some("UKR"), A, "assert")]),
    // declining to give details is a hedge, not a denial
    ("Ketika ditanya apakah kedua pihak membahas pasokan amunisi dan peluru artileri untuk perang di Ukraina, Peskov menolak memberi rincian.", "id", &[(Some("RUS"), A, "hedge")]),
    ("Asked whether the two sides discussed artillery shells for the war in Ukraine, Peskov refused to give details.", "en", &[(Some("RUS"), A, "hedge")]),
    // "cannot yet say" hedges on the claim in the context
    ("The White House said Russia fired North Korean missiles at Ukraine. In Kyiv, officials have been more cautious. \"We cannot yet say with certainty what type of missiles these were,\" Yuriy Ihnat, spokesman for Ukraine's air force, said earlier this week.", "en", &[(Some("USA"), A, "assert"), (Some("UKR"), A, "hedge")]),
    ("Gedung Putih menyebut Rusia menembakkan rudal Korea Utara ke Ukraina. \"Kami belum bisa mengatakan dengan pasti jenis rudal apa itu,\" kata juru bicara Angkatan Udara Ukraina Yuriy Ihnat.", "id", &[(Some("USA"), A, "assert"), (Some("UKR"), A, "hedge")]),
    // a name closing a hyphened compound holds no claim: "arms-to-Russia claims" are no Russian claims
    ("Kim Yo Jong calls arms-to-Russia claims an 'absurd paradox'.", "en", &[(Some("PRK"), A, "deny")]),
    // a professor at a college in a capital speaks for no state
    ("Korea Utara mengakui telah mengirim pasukan ke Rusia. Ramon Pacheco Pardo, guru besar hubungan internasional di King's College London, menilai pengakuan terbuka itu menandai babak baru.", "id", &[(Some("PRK"), T, "assert"), (None, T, "assert")]),
    // an article may stand between the conjunction and the last of coordinated speakers; a
    // complementizer may not ("..., and that Seoul was watching")
    ("South Korea and the United States say North Korea has supplied Russia with artillery shells.", "en", &[(Some("KOR"), A, "assert"), (Some("USA"), A, "assert")]),
    ("Shin Won-sik said Russia had provided air defense equipment to protect Pyongyang, and that Seoul was watching whether Moscow would also hand over sensitive technology for spy satellites.", "en", &[(Some("KOR"), K, "assert"), (Some("KOR"), K, "hedge")]),
    // avoiding confirmation hedges
    ("South Korea said North Korea had sent troops to Russia. Moscow and Pyongyang had long avoided confirming the deployment.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge"), (Some("PRK"), T, "hedge")]),
    ("Korea Selatan menyebut Korea Utara telah mengirim pasukan ke Rusia. Moskow dan Pyongyang selama ini menghindari konfirmasi atas pengerahan itu.", "id", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge"), (Some("PRK"), T, "hedge")]),
    // seeing no need to confirm a report hedges on it
    ("Korea Selatan menyebut Korea Utara telah mengirim pasukan ke Rusia. Wakil Menteri Luar Negeri Korea Utara Kim Jong Gyu mengatakan dirinya tidak merasa perlu mengonfirmasi laporan yang beredar.", "id", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "hedge")]),
    ("South Korea said North Korea had sent troops to Russia. North Korea's vice foreign minister Kim Jong Gyu said he saw no need to confirm the reports.", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "hedge")]),
    // "the panel" is the international body named with a panel before, however far back
    ("Russia vetoed a United Nations Security Council resolution that would have extended the mandate of a panel of experts. U.S. deputy ambassador Robert Wood said Russia had been procuring ballistic missiles from North Korea. In its latest report, the panel said it was investigating reports that North Korea had transferred ammunition to Russia.", "en", &[(Some("USA"), A, "assert"), (Some("UN"), A, "hedge")]),
    // "not clear what, if anything" hedges on the context's claim
    ("Kirby said North Korea was seeking military assistance in return, including fighter aircraft and ballistic-missile production equipment. It was not clear what, if anything, Moscow had agreed to provide, he added.", "en", &[(Some("USA"), K, "assert"), (Some("USA"), K, "hedge")]),
    ("Kirby menyebut Korea Utara meminta bantuan teknologi militer dari Rusia. Namun belum jelas apa yang telah disepakati Moskow untuk diberikan, katanya.", "id", &[(Some("USA"), K, "assert"), (Some("USA"), K, "hedge")]),
    // "both countries" after a sentence naming two states that are no claim's parties is the
    // named claim's two parties
    ("A UN panel concluded that debris from a missile that struck the Ukrainian city of Kharkiv came from a North Korean Hwasong-11 ballistic missile. Both countries deny any arms trade.", "en", &[(Some("UN"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // "likewise" before the cue echoes the claim of the sentence before
    ("Putin said he did not rule out military-technical cooperation with Pyongyang. Kim Yo Jong dismissed speculation about weapons exports to Russia as \"the most absurd paradox\". The Kremlin has likewise rejected the accusations as groundless.", "en", &[(Some("RUS"), K, "hedge"), (Some("PRK"), A, "deny"), (Some("RUS"), A, "deny")]),
    // refusing to answer or to confirm either way hedges
    ("Juru bicara Kremlin Dmitry Peskov tidak bersedia menjawab ketika ditanya apakah kedua pemimpin akan membahas pasokan peluru artileri.", "id", &[(Some("RUS"), A, "hedge")]),
    ("Kremlin spokesman Dmitry Peskov has repeatedly refused either to confirm or to deny the presence of North Korean soldiers in Russia.", "en", &[(Some("RUS"), T, "hedge")]),
    // declining to deny is a hedge, not a denial
    ("NIS menyebut Korea Utara mengirim pasukan ke Rusia. Presiden Rusia Vladimir Putin menolak membantah laporan soal kehadiran tentara Korea Utara di wilayah Rusia.", "id", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    ("The NIS said North Korea had sent troops to Russia. Putin declined to deny the reports of North Korean troops in Russia.", "en", &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge")]),
    // a reference spelled with a claim's own phrase names that claim, not the context's
    ("The report said North Korea shipped 9 million rounds to Russia. Pyongyang and Moscow publicly acknowledged the troop deployment for the first time late last month.", "en", &[(None, A, "assert"), (Some("PRK"), T, "assert"), (Some("RUS"), T, "assert")]),
    // "derided X as" denies; "spent months V-ing" is the verb's own statement; a denial of a
    // reference its own sentence's other statement names keeps that claim against the next
    // sentence's; a name right after an English claim noun is the claim's subject, no holder
    ("As recently as last year Kim Yo Jong, the North Korean leader's powerful sister, derided claims of arms exports to Russia as \"the most absurd paradox\".", "en", &[(Some("PRK"), A, "deny")]),
    ("Russia and North Korea acknowledged only last month that North Korean soldiers had fought in Kursk, after Kremlin officials had spent months waving away reports of their presence as \"fake\". Maria Zakharova, Russia's foreign ministry spokesperson, told reporters on Thursday that claims Moscow had bought North Korean weapons were \"fabrications cooked up in Washington and Seoul\".", "en", &[(Some("RUS"), T, "assert"), (Some("PRK"), T, "assert"), (Some("RUS"), T, "deny"), (Some("RUS"), A, "deny")]),
    // a rejection of a holder's spelled-out claim leaves the named claim to the rest of the
    // scope; "was checking the information" hedges
    ("Ukraine's Foreign Ministry spokesperson Heorhii Tykhyi said Sunday that Gerasimov's remarks \"only confirm\" what Kyiv had been saying since last year about North Korean units in Kursk, while rejecting Moscow's claim that Ukrainian troops had been pushed out of the region.", "en", &[(Some("UKR"), T, "assert"), (Some("RUS"), T, "assert")]),
    ("Ukraine's military intelligence agency (HUR) said it was checking the information about North Korean weapons, but could not yet confirm that they had been used on the battlefield.", "en", &[(Some("UKR"), A, "hedge")]),
    // an amount of time between the coordinated subject and the cue is no dual reference;
    // a non-party's rejection of a reference right after a party's assertion disputes
    // something else the party said
    ("Seoul, Washington and Kyiv have for more than two years accused the North of shipping millions of artillery shells to Russia.", "en", &[(Some("KOR"), A, "assert"), (Some("USA"), A, "assert"), (Some("UKR"), A, "assert")]),
    ("Russia's Chief of the General Staff Valery Gerasimov told Putin in a televised meeting that North Korean servicemen had \"provided significant assistance\" in defeating Ukrainian units in Kursk, which he said had been fully retaken. Kyiv disputes that claim.", "en", &[(Some("RUS"), T, "assert")]),
    // a deny verb whose object is a plain noun another actor owns rejects that actor's word
    // on something else, no claim of the context
    ("Putin mengatakan Rusia akan membantu Korea Utara membangun satelit. Dia juga menepis peringatan Washington.", "id", &[(Some("RUS"), K, "assert")]),
    ("Putin said Russia would help North Korea build satellites. He also dismissed Washington's warnings.", "en", &[(Some("RUS"), K, "assert")]),
    ("Putin said Russia would help North Korea build satellites. He also dismissed Washington's accusations.", "en", &[(Some("RUS"), K, "assert"), (Some("RUS"), K, "deny"), (Some("USA"), K, "assert")]),
    // a gerund with a plain object of its own after a deny verb is another proposition;
    // "doing so" refers back (grammar class pro_forms)
    ("North Korea sent shells to Russia, Kirby said. Russia's Defense Ministry has denied targeting civilians.", "en", &[(Some("USA"), A, "assert")]),
    ("North Korea sent shells to Russia, Kirby said. Russia has denied doing so.", "en", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    // an office's topic in lower case between the office and the name is inside the phrase
    ("Juru bicara Uni Eropa untuk urusan luar negeri Anitta Hipper mengatakan Korea Utara mengirim pasukan ke Rusia.", "id", &[(Some("EU"), T, "assert")]),
    // an admission that the scope says proves something vindicates what was admitted
    ("Korea Utara mengakui telah mengirim pasukan ke Rusia. Tykhyi dari Ukraina mengatakan pengakuan tersebut membuktikan bahwa Korea Utara terlibat dalam agresi Rusia.", "id", &[(Some("PRK"), T, "assert"), (Some("UKR"), T, "assert")]),
    ("North Korea admitted sending troops to Russia. Ukraine said the admission proved that North Korea was involved in Russia's aggression.", "en", &[(Some("PRK"), T, "assert"), (Some("UKR"), T, "assert")]),
    // a forecast verb whose claim follows a future marker hedges, weakly (English
    // estimate_verbs and future_modals)
    ("Wood said Washington expected Pyongyang to seek military and technical assistance from Moscow in return.", "en", &[(Some("USA"), K, "hedge")]),
    // a source that opens a relative clause speaks what follows it
    ("Namun, menurutnya, jika benar, hal itu akan menandai perkembangan yang berbahaya dalam hubungan militer kedua negara, yang menurut AS sudah mencakup pengiriman rudal balistik Korut yang telah ditembakkan Rusia ke Ukraina.", "id", &[(Some("USA"), A, "assert")]),
    ("Military ties, which according to the US already include shipments of North Korean ballistic missiles to Russia, keep growing.", "en", &[(Some("USA"), A, "assert")]),
    // a state right before an independent title is the field of study; a body's experts
    // still speak for it
    ("A North Korea expert in Seoul said the captured soldiers could give rare insight into what Kim Jong-un is getting for his troops.", "en", &[(None, T, "hedge")]),
    ("UN experts said North Korea had shipped missiles to Russia.", "en", &[(Some("UN"), A, "assert")]),
    // an alias's closing dot before a list's comma
    ("North Korea has also supplied Russia with large quantities of artillery shells, ballistic missiles and long-range artillery systems, according to U.S., South Korean and Ukrainian officials.", "en", &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("UKR"), A, "assert")]),
    // "arms cooperation", "weapons support" name the arms claim
    ("Seoul said North Korea shipped 9 million shells to Russia. Japan's Foreign Ministry said in a separate statement Thursday that the findings show arms cooperation between the two countries \"continues to expand,\" while the U.S. State Department said the report \"lays bare\" the scale of Pyongyang's weapons support for Moscow.", "en", &[(Some("KOR"), A, "assert"), (Some("JPN"), A, "assert"), (Some("USA"), A, "assert")]),
    // an echo opener before the speaker is no name of its own ("Senada, ...")
    ("Rutte mengatakan NATO belum dapat memastikan laporan pengiriman pasukan Korea Utara ke Rusia. Senada, Departemen Pertahanan AS (Pentagon) menyatakan belum dapat memverifikasi informasi tersebut.", "id", &[(Some("NATO"), T, "hedge"), (Some("USA"), T, "hedge")]),
    // an apposition of up to twelve words, and a time after its closing comma
    ("Kim Yo Jong, the North Korean leader's sister and a senior ruling party official, last month called allegations that Pyongyang was exporting arms to Russia \"the most absurd paradox.\"", "en", &[(Some("PRK"), A, "deny")]),
    // a state named as a place is no party a dual reference points to
    ("Amerika Serikat selama ini menuduh Pyongyang memasok amunisi dan rudal balistik kepada Moskow untuk digunakan di Ukraina, tudingan yang berulang kali dibantah kedua negara.", "id", &[(Some("USA"), A, "assert"), (Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // collecting and analysing information hedges
    ("The United States said North Korea delivered rockets to Wagner. Japan's Chief Cabinet Secretary Hirokazu Matsuno said Japan is aware of the U.S. announcement and will continue to collect and analyze related information \"with great interest.\"", "en", &[(Some("USA"), A, "assert"), (Some("JPN"), A, "hedge")]),
    // "the accuracy of its ballistic missiles" is technology
    ("Ukrainian military intelligence chief Kyrylo Budanov claimed earlier this year that Russia was already helping the North improve the accuracy of its ballistic missiles, using data from their combat use in Ukraine.", "en", &[(Some("UKR"), K, "assert")]),
    // "didn't rule out" hedges (the contracted negator is no denial)
    ("Vladimir Putin and Kim Jong Un signed an agreement pledging mutual assistance if either country is attacked, and the Russian leader said he didn't rule out developing military-technical cooperation with North Korea.", "en", &[(Some("RUS"), K, "hedge")]),
    // the accused party between an accusing verb and "of" is no claim's object
    ("North Korea denied reports that it had provided munitions to Russia. The spokesperson said the North \"has never had arms dealings with Russia\" and accused \"some dishonest forces\" of spreading the rumor for sinister political purposes.", "en", &[(Some("PRK"), A, "deny")]),
    // "handing" a recipient technology gives it; arms that "changed hands" are no technology
    ("\"North Korean soldiers are being thrown into the meat grinder, and in exchange the Kremlin is handing Kim's regime missile and military technologies,\" Ukrainian foreign ministry spokesman Heorhii Tykhyi said.", "en", &[(Some("UKR"), T, "assert"), (Some("UKR"), K, "assert")]),
    ("Both Moscow and Pyongyang have denied that any weapons changed hands.", "en", &[(Some("RUS"), A, "deny"), (Some("PRK"), A, "deny")]),
    // the recipient's own forces, by a clitic, fighting in a relative clause are no troops sent
    ("Amerika Serikat (AS) menuduh Korea Utara (Korut) telah mengirimkan roket dan rudal infanteri kepada kelompok tentara bayaran Rusia, Wagner Group, untuk memperkuat pasukannya yang bertempur di Ukraina.", "id", &[(Some("USA"), A, "assert")]),
    ("Korea Utara mengirim pasukannya yang bertempur di Kursk, kata NIS.", "id", &[(Some("KOR"), T, "assert")]),
    // a hedge that names no claim is of what the same side's hedge in the next sentence names
    ("AS dan Korea Selatan selama ini juga menuduh Pyongyang memasok jutaan peluru artileri dan rudal balistik ke Moskow.\nNATO juga belum mengonfirmasi. Juru bicara NATO Farah Dakhlallah mengatakan aliansi itu belum dapat memastikan laporan bahwa tentara Korut dikerahkan untuk berperang.", "id",
        &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("NATO"), T, "hedge")]),
    ("The US and South Korea have also accused Pyongyang of supplying millions of artillery shells to Moscow.\nNATO has not confirmed either. NATO spokeswoman Farah Dakhlallah said the alliance could not confirm reports that North Korean troops had been deployed.", "en",
        &[(Some("USA"), A, "assert"), (Some("KOR"), A, "assert"), (Some("NATO"), T, "hedge")]),
    // (a negated confirmation hedges: "belum bisa membenarkan", "belum mengonfirmasi")
    ("Korea Selatan mengatakan Korea Utara mengirim pasukan ke Rusia. Sekretaris Jenderal NATO Mark Rutte mengatakan aliansi itu belum bisa membenarkan laporan tersebut.", "id", &[(Some("KOR"), T, "assert"), (Some("NATO"), T, "hedge")]),
    ("Korea Selatan mengatakan Korea Utara mengirim pasukan ke Rusia. Juru bicara NATO Farah Dakhlallah mengatakan pada Jumat, aliansi tersebut \"saat ini tidak dapat menguatkan\" laporan bahwa tentara Korea Utara dikirim ke Rusia.", "id", &[(Some("KOR"), T, "assert"), (Some("NATO"), T, "hedge")]),
    // a clause that strands its preposition is relative, no proposition of its own
    ("Seoul says North Korean troops are in Russia. \"If there is such a thing that the world media are talking about, I think it would be an act conforming with international law,\" Kim Jong Gyu said.", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "hedge")]),
    // not having been told is not knowing
    ("Seoul says North Korean troops are in Russia. North Korea's vice foreign minister, Kim Jong-gyu, said he had not been informed of any deployment.", "en", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "hedge")]),
    ("Korea Selatan mengatakan tentara Korea Utara berada di Rusia. Wakil Menteri Luar Negeri Korea Utara Kim Jong Gyu mengatakan ia tidak diberi tahu soal pengerahan itu.", "id", &[(Some("KOR"), T, "assert"), (Some("PRK"), T, "hedge")]),
    // a non-party's rejection of a party's denial asserts what was denied
    ("Kim Yo Jong denied that North Korea had exported arms to Russia. South Korea and the United States have accused the North of shipping artillery shells to Russia. Seoul's unification ministry quickly dismissed Kim's statement.", "en",
        &[(Some("PRK"), A, "deny"), (Some("KOR"), A, "assert"), (Some("USA"), A, "assert")]),
    ("Kim Yo Jong membantah Korea Utara mengekspor senjata ke Rusia. Kementerian Unifikasi Korea Selatan langsung menepis pernyataan Kim.", "id", &[(Some("PRK"), A, "deny"), (Some("KOR"), A, "assert")]),
    // a hedge that names no claim is of what the same side's hedge in its own sentence names
    ("Menurut Kirby, AS menilai Korea Utara mengincar bantuan militer dari Rusia sebagai imbalannya, antara lain pesawat tempur dan teknologi canggih lainnya.\nJuru bicara Angkatan Udara Ukraina Yurii Ihnat pada Kamis mengatakan para ahli masih memeriksa puing-puing yang ditemukan di Kharkiv dan Kyiv, sehingga pihaknya belum dapat mengonfirmasi bahwa rudal itu buatan Korea Utara.", "id",
        &[(Some("USA"), K, "assert"), (Some("UKR"), A, "hedge")]),
    // "including whether" opens an open question; a space rocket is technology
    ("Defense Minister Shin Won-sik said Sunday that North Korea appeared to have received help from Russia in fixing problems with the engine of its space rocket.\nJapanese Chief Cabinet Secretary Hirokazu Matsuno told a press conference Wednesday that Tokyo was analyzing the launch \"with great interest,\" including whether Russia had been involved.", "en",
        &[(Some("KOR"), K, "hedge"), (Some("JPN"), K, "hedge")]),
    ("Kepala Sekretaris Kabinet Jepang Hirokazu Matsuno mengatakan Tokyo menganalisis peluncuran roket luar angkasa Korea Utara, termasuk apakah Rusia memberikan bantuan.", "id", &[(Some("JPN"), K, "hedge")]),
    // a sentence's subject is the person after the office and the body it is posted to
    ("\"Tuduhan AS soal transfer senjata adalah rekayasa,\" kata Kim Song.\nWakil Duta Besar Rusia untuk PBB Dmitry Polyanskiy berada di barisan yang sama. Ia menuding Washington tidak menyajikan bukti apa pun atas klaimnya.", "id",
        &[(Some("PRK"), A, "deny"), (Some("USA"), A, "assert"), (Some("RUS"), A, "deny")]),
    ("\"The accusations about so-called arms transfers are groundless,\" Kim Song said.\nRussia's deputy UN ambassador Dmitry Polyanskiy took the same line. He said Washington had presented no evidence for its claims.", "en",
        &[(Some("PRK"), A, "deny"), (Some("RUS"), A, "deny")]),
    // a worry about more of what the side asserts is a weak hedge its assertion outweighs;
    // a question whether there will be more is not
    ("White House national security spokesman John Kirby said on Thursday that North Korea had completed an initial arms delivery to Wagner last month, including infantry rockets and missiles, and that Washington was concerned Pyongyang would deliver more military equipment to the mercenary group.", "en",
        &[(Some("USA"), A, "assert")]),
    ("Kirby mengatakan Korea Utara telah mengirim roket dan rudal ke Wagner. \"Tapi kami tentu khawatir Wagner berencana menerima lebih banyak peralatan militer,\" kata Kirby.", "id", &[(Some("USA"), A, "assert")]),
    ("South Korea's spy agency said Russia had given North Korea air defence systems. Seoul was also watching closely whether Moscow would hand over more sensitive technology.", "en",
        &[(Some("KOR"), K, "assert"), (Some("KOR"), K, "hedge")]),
    // a hedge verb whose subject is a piece of evidence is weak; "images" a hedge's own
    // condition names are no subject of it
    ("South Korea's spy agency said about 300 North Korean soldiers had been killed in Kursk. Memos found on the bodies of dead soldiers suggested they had been ordered to take their own lives rather than be captured, the agency said.", "en",
        &[(Some("KOR"), T, "assert")]),
    ("Korea Selatan mengatakan Korea Utara mengirim tentara ke Rusia. Putin ditanya soal citra satelit itu. \"Foto adalah hal yang serius. Jika ada foto, berarti foto itu mencerminkan sesuatu,\" kata Putin.\nPada April, Kremlin mengakui tentara Korea Utara bertempur di Kursk.", "id",
        &[(Some("KOR"), T, "assert"), (Some("RUS"), T, "hedge"), (Some("RUS"), T, "assert")]),
    // "transfer manusia" is the troops claim's phrase, as "transfer of people" is
    ("\"Ini sudah bukan sekadar transfer senjata. Ini transfer manusia dari Korea Utara ke militer yang menyerang kami,\" kata Zelensky.", "id", &[(Some("UKR"), T, "assert")]),
    // a list set into its host clause names the host's subject first: no speaker
    ("North Korea, Washington and Kyiv say, has also supplied Russia with millions of artillery shells.", "en", &[(Some("USA"), A, "assert"), (Some("UKR"), A, "assert")]),
    ("The North, Washington and Kyiv say, has also supplied Russia with shells.", "en", &[(Some("USA"), A, "assert"), (Some("UKR"), A, "assert")]),
    // a state's titled officials are one of coordinated speakers
    ("North Korea, U.S. officials and Kyiv say, has also supplied Russia with millions of artillery shells.", "en", &[(Some("USA"), A, "assert"), (Some("UKR"), A, "assert")]),
    ("South Korean officials and Washington say North Korea sent troops to Russia.", "en", &[(Some("KOR"), T, "assert"), (Some("USA"), T, "assert")]),
    // an analysed transfer of equipment, and the benefit of Russian advice
    ("South Korea's National Intelligence Service said Pyongyang's launch of a spy satellite had probably benefited from Russian technical advice.", "en", &[(Some("KOR"), K, "hedge")]),
];

#[test]
fn table_of_sentences() {
    let ex = extractor();
    let mut failures = Vec::new();
    for (text, lang, want) in CASES {
        let got = run_with(text, lang, ex);
        let want: BTreeSet<Tuple> = want.iter().map(|(c, cl, s)| (c.map(str::to_string), cl.to_string(), s.to_string())).collect();
        let have = tuples(&got);
        if have != want {
            failures.push(format!("{text}\n  want {want:?}\n  have {have:?}\n{}", show(&got)));
        }
    }
    let english = CASES.iter().filter(|c| c.1 == "en").count();
    assert!(CASES.len() >= 80 && english * 2 >= CASES.len() - 2, "{} cases, {english} English", CASES.len());
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
#[ignore]
fn debug_one() {
    let text = std::env::var("KLAIM_DEBUG").unwrap_or_default();
    let lang = std::env::var("KLAIM_LANG").unwrap_or("en".into());
    let x = run_with(&text, &lang, extractor());
    eprintln!("{:#?}", x.quotes);
    eprintln!("{}", show(&x));
}

const SEEDS: &[(&str, &str)] = &[
    ("000", include_str!("../../corpus/000_41a5ee3b61c58a9c.txt")),
    ("001", include_str!("../../corpus/001_ed4e84306170659b.txt")),
    ("002", include_str!("../../corpus/002_9bc54f710414059f.txt")),
    ("003", include_str!("../../corpus/003_57fa5d84563b21c3.txt")),
    ("004", include_str!("../../corpus/004_3a2ed5cd9f139673.txt")),
];

/// (doc, country, claim, accepted stances, optional)
const SEED_GOLD: &[(&str, &str, &str, &[&str], bool)] = &[
    ("000", "PRK", A, &["deny"], false),
    ("000", "USA", A, &["assert"], false),
    ("000", "USA", A, &["hedge"], false),
    ("001", "PRK", A, &["deny"], false),
    ("001", "USA", A, &["assert"], false),
    ("001", "USA", A, &["assert", "hedge"], true),
    ("002", "PRK", A, &["deny"], false),
    ("002", "USA", A, &["assert"], false),
    ("002", "RUS", K, &["assert", "hedge"], true),
    ("003", "RUS", A, &["deny"], false),
    ("003", "USA", A, &["assert"], false),
    ("003", "USA", K, &["assert"], false),
    ("003", "KOR", A, &["assert"], false),
    ("004", "PRK", T, &["deny"], false),
    ("004", "PRK", A, &["deny"], true),
    ("004", "UKR", T, &["assert"], false),
    ("004", "UKR", A, &["assert"], false),
    ("004", "KOR", T, &["assert", "hedge"], false),
    ("004", "RUS", T, &["deny"], false),
    ("004", "USA", T, &["hedge"], false),
];

/// The seed articles through the whole pipeline, scored like `score.py` (country-less rows are not scored).
#[test]
fn seed_articles_match_the_gold() {
    let mut predicted: BTreeSet<(String, String, String, String)> = BTreeSet::new();
    let mut report = String::new();
    for (doc, raw) in SEEDS {
        // The whole pipeline: the real cleaner and date engine before extraction.
        let rec = crate::ingest::Record { doc_id: doc.to_string(), path: doc.to_string(), text: raw.to_string(), ..Default::default() };
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
        let x = crate::pipeline::process(crate::pipeline::Engine::default_ref(), rec, &crate::pipeline::Options::new(today)).extraction;
        report.push_str(&format!("== {doc}\n{}\n", show(&x)));
        for s in &x.stances {
            if let Some(c) = &s.country {
                predicted.insert((doc.to_string(), c.clone(), s.claim.clone(), s.stance.as_str().to_string()));
            }
        }
    }
    let required: Vec<_> = SEED_GOLD.iter().filter(|g| !g.4).collect();
    let mut found = vec![false; required.len()];
    let (mut tp, mut fp) = (0, Vec::new());
    for p in &predicted {
        let hits: Vec<usize> = (0..required.len())
            .filter(|&i| required[i].0 == p.0 && required[i].1 == p.1 && required[i].2 == p.2 && required[i].3.contains(&p.3.as_str()))
            .collect();
        if !hits.is_empty() {
            tp += 1;
            for i in hits {
                found[i] = true;
            }
        } else if !SEED_GOLD.iter().any(|g| g.4 && g.0 == p.0 && g.1 == p.1 && g.2 == p.2 && g.3.contains(&p.3.as_str())) {
            fp.push(p.clone());
        }
    }
    let recall = found.iter().filter(|x| **x).count() as f64 / required.len() as f64;
    let precision = tp as f64 / (tp + fp.len()).max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(1e-9);
    let missed: Vec<_> = required.iter().zip(&found).filter(|(_, f)| !**f).map(|(g, _)| (g.0, g.1, g.2)).collect();
    eprintln!("{report}\nseed stance F1 {f1:.3} (P {precision:.3} R {recall:.3})\nmissed {missed:?}\nspurious {fp:?}");
    assert!(f1 >= 0.9, "seed F1 {f1:.3}\nmissed {missed:?}\nspurious {fp:?}\n{report}");
}

#[test]
fn a_claim_without_terms_is_rejected_with_file_and_line() {
    let text = "# mine\n\n[[claims]]\nid = \"empty_claim\"\ndescription = \"nothing\"\nagent = [\"IRN\"]\n";
    let err = Lexicon::from_toml_str(text, "mine.toml").unwrap_err();
    assert!(err.message.contains("mine.toml:4"), "{}", err.message);
    assert!(err.message.contains("empty_claim") && err.message.contains("no terms"), "{}", err.message);
    let text = "[[claims]]\nid = \"x\"\n[claims.terms.en]\naction = [\"sent\"]\n";
    let err = Lexicon::from_toml_str(text, "mine.toml").unwrap_err();
    assert!(err.message.contains("mine.toml:2") && err.message.contains("no objects"), "{}", err.message);
    let text = "[[claims]]\nid = \"\"\nphrase = 1\n";
    assert!(Lexicon::from_toml_str(text, "mine.toml").is_err());
}

#[test]
fn a_user_lexicon_adds_a_claim() {
    let user = r#"
[[claims]]
id = "irn_drones_to_rus"
description = "Iran supplies drones to Russia"
agent = ["IRN"]
recipient = ["RUS"]
[claims.terms.en]
action = ["supplied", "supplying", "sent", "delivered"]
object = ["drones", "Shahed drones", "Shahed"]
phrase = ["drone deal"]
[claims.terms.id]
action = ["memasok", "mengirim"]
object = ["drone", "pesawat nirawak", "Shahed"]
"#;
    let mut lex = Lexicon::default_ref().clone();
    lex.extend(Lexicon::from_toml_str(user, "user.toml").unwrap()).unwrap();
    let ex = Extractor::new(&lex);
    let article = "Kyiv, Oct 20 - Ukraine says Russia keeps attacking its power grid.\n\
        The White House said Iran had delivered hundreds of Shahed drones to Russia this year. \
        Tehran denied supplying drones to Moscow for use in Ukraine, calling the reports baseless.";
    let x = run_with(article, "en", &ex);
    let t = tuples(&x);
    assert!(t.contains(&(Some("USA".into()), "irn_drones_to_rus".into(), "assert".into())), "{}", show(&x));
    assert!(t.contains(&(Some("IRN".into()), "irn_drones_to_rus".into(), "deny".into())), "{}", show(&x));
    let x = run_with("Iran membantah telah memasok drone ke Rusia.", "id", &ex);
    assert!(tuples(&x).contains(&(Some("IRN".into()), "irn_drones_to_rus".into(), "deny".into())), "{}", show(&x));
}

#[test]
fn mentions_respect_case_and_word_boundaries() {
    let ex = extractor();
    let x = run_with("Pejabat AS menyebut KAS as bukti. PYONGYANG menolak, kata Pyongyang.", "id", ex);
    let ids: Vec<&str> = x.mentions.iter().map(|m| m.actor_id.as_str()).collect();
    assert_eq!(ids, ["USA", "PRK", "PRK"], "{:?}", x.mentions);
    let x = run_with("As he said, the US and us.", "en", ex);
    let ids: Vec<&str> = x.mentions.iter().map(|m| m.actor_id.as_str()).collect();
    assert_eq!(ids, ["USA"]);
}

/// (alias, text, matched surfaces): the written forms an alias may take.
const ALIAS_CASES: &[(&str, &str, &[&str])] = &[
    ("XQ", "XQ, Xq, xQ and xq", &["XQ", "xQ"]),
    ("Pyongyang", "Pyongyang, PYONGYANG, pyongyang, PyongYang", &["Pyongyang", "PYONGYANG", "pyongyang"]),
    ("Kim Jong Un", "Kim Jong Un, KIM JONG UN, Kim jong un", &["Kim Jong Un", "KIM JONG UN"]),
    ("gedung putih", "gedung putih, Gedung Putih, Gedung putih, GEDUNG PUTIH, gEdung pUtih", &["gedung putih", "Gedung Putih", "Gedung putih", "GEDUNG PUTIH"]),
    ("al-qaeda", "al-qaeda, Al-Qaeda, AL-QAEDA, al-Qaeda", &["al-qaeda", "Al-Qaeda", "AL-QAEDA"]),
    ("Élysée", "Élysée, ÉLYSÉE, élysée, Elysee", &["Élysée", "ÉLYSÉE", "élysée"]),
    ("kumparan.com", "kumparan.com, Kumparan.com, KUMPARAN.COM", &["kumparan.com", "Kumparan.com", "KUMPARAN.COM"]),
];

#[test]
fn aliases_match_their_written_forms_only() {
    for (alias, text, want) in ALIAS_CASES {
        let lex = format!("[[actors]]\nid = \"X\"\nname = \"X\"\nkind = \"organization\"\naliases.all = [{alias:?}]\n");
        let lex = Lexicon::from_toml_str(&lex, "t.toml").unwrap();
        let ex = Extractor::new(&lex);
        let x = run_with(text, "en", &ex);
        let got: Vec<&str> = x.mentions.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(&got, want, "alias {alias:?} in {text:?}");
        for f in super::rules::alias_forms(alias) {
            assert!(super::mentions::case_ok(&f, alias), "form {f:?} of {alias:?} must pass the case rule");
        }
    }
}

#[test]
fn speakers_relays_and_quotes() {
    let ex = extractor();
    let x = run_with(
        "“Kami tidak pernah melakukan transaksi senjata dengan Rusia,” kata pejabat itu dalam pernyataan yang dimuat KCNA, seperti dikutip Reuters.",
        "id",
        ex,
    );
    let s = &x.stances[0];
    assert_eq!(s.country.as_deref(), Some("PRK"), "{}", show(&x));
    assert!(s.via.contains(&"kcna".to_string()) && s.via.iter().any(|v| v.eq_ignore_ascii_case("reuters")), "{:?}", s.via);
    assert!(x.quotes.iter().any(|q| q.direct));
    // a relay inside the speech cue: no speaker, but the statement's relay
    let x = run_with("Kim Yo Jong was quoted by KCNA as saying that the arms deal reports were absurd.", "en", ex);
    assert_eq!(x.stances.len(), 1, "{}", show(&x));
    assert_eq!((x.stances[0].speaker.as_str(), x.stances[0].via.clone()), ("Kim Yo Jong", vec!["kcna".to_string()]));
    let x = run_with(
        "Juru bicara Keamanan Nasional Gedung Putih John Kirby mengatakan Korea Utara memasok peluru artileri ke Rusia.",
        "id",
        ex,
    );
    assert_eq!(x.stances[0].speaker_id.as_deref(), Some("john_kirby"));
    assert_eq!(x.stances[0].country.as_deref(), Some("USA"));
}

#[test]
fn kirby_speaks_for_the_usa_only_while_in_office() {
    let ex = extractor();
    let text = "John Kirby mengatakan Korea Utara memasok peluru artileri ke Rusia.";
    let sents = split(text);
    let d = |y, m, dd| Some(DateSpan::day(chrono::NaiveDate::from_ymd_opt(y, m, dd).unwrap()));
    for (date, want) in [(d(2022, 11, 2), Some("USA")), (d(2025, 6, 1), None)] {
        let dates = DocDates { sentence_dates: vec![date], ..Default::default() };
        let x = extract(&DocInput { text, sentences: &sents, language: Some("id"), dates: &dates }, ex);
        assert_eq!(x.stances[0].country.as_deref(), want, "{}", show(&x));
        assert_eq!(x.stances[0].date, date);
    }
}

#[test]
fn never_panics_and_offsets_are_char_boundaries() {
    let ex = extractor();
    let mut inputs: Vec<String> = vec![
        String::new(),
        "\"".into(),
        "“".into(),
        "”,” kata".into(),
        "kata".into(),
        "—, kata itu.".into(),
        "AS".into(),
        "Korea Utara-Korea Utara mengirim-mengirim senjata-senjata ke Rusia-Rusia".into(),
        "İİİ ŞŞŞ Korea Utara memasok senjata ke Rusia, kata pejabat İstanbul ǅ ß ﬁ".into(),
        "\u{201C}".repeat(500),
        "\"a\" ".repeat(2000),
        format!("{} Korea Utara memasok senjata ke Rusia", "kata ".repeat(3000)),
    ];
    // a huge sentence without punctuation
    inputs.push("Korea Utara memasok senjata ke Rusia kata Kirby ".repeat(100_000));
    let mut seed = 7u64;
    let alphabet: Vec<char> = "aAkK \"“”‘’,.-–()İß日本語\nKoreaUtaraRusiamemasoksenjatakata".chars().collect();
    for _ in 0..200 {
        let mut s = String::new();
        for _ in 0..(seed % 300) {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            s.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
        }
        inputs.push(s);
    }
    for text in &inputs {
        for lang in [Some("id"), Some("en"), None, Some("xx")] {
            let sents = split(text);
            // also hostile sentence spans
            let bad = vec![(0, text.len() + 10), (3, 1), (1, 2)];
            for sp in [&sents, &bad] {
                let dates = DocDates::default();
                let started = std::time::Instant::now();
                let x = extract(&DocInput { text, sentences: sp, language: lang, dates: &dates }, ex);
                assert!(started.elapsed().as_secs() < 20, "too slow on {} bytes", text.len());
                for (s, e) in x.mentions.iter().map(|m| (m.start, m.end)).chain(x.quotes.iter().map(|q| (q.start, q.end))).chain(x.stances.iter().map(|q| (q.start, q.end))) {
                    assert!(s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
                }
            }
        }
    }
}

#[test]
fn quote_spans() {
    use crate::extract::attribution::find_quotes;
    let long = format!("\"{}\" x", "a".repeat(3001));
    let long_ok = format!("\"{}\"", "a".repeat(2990));
    // (text, quote spans as (start, end) byte offsets)
    let cases: Vec<(&str, Vec<(usize, usize)>)> = vec![
        ("Dia berkata \"kami menolak\" kemarin.", vec![(12, 26)]),
        // curly quotes, and the low opening quote; the spans cover the quote marks
        ("\u{201C}Itu bohong,\u{201D} katanya.", vec![(0, 17)]),
        ("\u{201E}Nein\u{201D}", vec![(0, 10)]),
        // two straight quotes in a row pair up in order
        ("\"a\" dan \"b\"", vec![(0, 3), (8, 11)]),
        // an unclosed straight quote ends at the line end; the next line starts afresh
        ("\"tanpa akhir\nlalu \"ini\"", vec![(18, 23)]),
        // a curly quote runs over one line break, not over a blank line
        ("\u{201C}satu\ndua\u{201D}", vec![(0, 14)]),
        ("\u{201C}satu\n\ndua\u{201D}", vec![]),
        // single quotes are not quote marks here; text around is non-ASCII
        ("\u{2018}ya\u{2019} \"é ü\"", vec![(9, 16)]),
        // a quote over 3000 bytes is dropped, one under is kept
        (long.as_str(), vec![]),
        (long_ok.as_str(), vec![(0, 2992)]),
        ("", vec![]),
    ];
    for (text, want) in cases {
        assert_eq!(find_quotes(text), want, "{:?}", &text[..text.len().min(40)]);
    }
}

#[test]
fn word_tokens() {
    use crate::extract::text::tokens;
    // (text, (start, end, capitalized) of each token of text[2..])
    type Case<'a> = (&'a str, &'a [(usize, usize, bool)]);
    let cases: &[Case] = &[
        ("x Korea Utara", &[(2, 7, true), (8, 13, true)]),
        ("x U.S. 2022-an", &[(2, 3, true), (4, 5, true), (7, 11, false), (12, 14, false)]),
        ("x Élysée, ok", &[(2, 10, true), (12, 14, false)]),
        ("x  ", &[]),
        // a hyphenated name's lower-case part goes with its capitalized part; not after a space
        ("x Soo-suk berkali-kali - ok", &[(2, 5, true), (6, 9, true), (10, 17, false), (18, 22, false), (25, 27, false)]),
    ];
    for (text, want) in cases {
        let got: Vec<(usize, usize, bool)> = tokens(text, 2, text.len()).iter().map(|t| (t.s, t.e, t.cap)).collect();
        assert_eq!(got, *want, "{text:?}");
    }
}


/// Statement dates through the whole pipeline: (article, country, claim, stance, expected date).
const DATED: &[(&str, &str, &str, &str, Option<&str>)] = &[
    // a person cited as a source ("menurut Kirby") in a dated sentence does not date their statements next to it
    (" date 2024-01-05\nGedung Putih pada Kamis (4/1) menyebut Rusia telah menembakkan rudal balistik buatan Korea Utara ke Ukraina.\nSerangan berikutnya terjadi pada Selasa (2/1), ketika menurut Kirby Rusia meluncurkan beberapa rudal serupa ke sejumlah kota di Ukraina.\nKirby menyebut langkah itu sebagai eskalasi yang signifikan.\nSebagai imbalannya, lanjut Kirby, Korea Utara tengah berupaya mendapatkan bantuan militer dari Rusia, mulai dari pesawat tempur hingga peralatan produksi rudal balistik.",
     "USA", K, "assert", Some("2024-01-05")),
    // a day after the cue's short object, right before the complementizer, is the statement's
    (" date 2025-04-29\nSeoul's Joint Chiefs of Staff said it would closely monitor whether Russia provides military technology to Pyongyang in return, adding it could not rule out transfers related to satellites or missiles.\nA US State Department spokesperson said North Korea's provision of troops and weapons to Russia \"must end\", describing it as a dangerous expansion of the war.\nAustralia has also condemned the deployment. A spokesperson for the Department of Foreign Affairs and Trade told the ABC on Monday that the deployment of North Korean troops to Russia was a grave threat.",
     "AUS", T, "assert", Some("2025-04-28")),
    // a date a determiner opens before a noun names an event, not the statement's time
    (" date 2024-01-10\nUkraine's ambassador, Sergiy Kyslytsya, said there was \"no doubt\" that the missiles came from North Korea, holding up a photo of what he said was debris from the Jan. 2 attack with Korean-language markings.",
     "UKR", A, "assert", Some("2024-01-10")),
    // of two days before the cue, the one nearer it: the relay's day is not the statement's
    (" date 2024-10-19\nSeperti dilansir kantor berita Yonhap, Sabtu (19/10/2024), NIS dalam pernyataannya pada Jumat (18/10) mengatakan Korea Utara telah mengirim 1.500 pasukan khusus ke Rusia.",
     "KOR", T, "assert", Some("2024-10-18")),
    // with no dated statement before it, a statement takes the day the lead gives the story
    (" date 2024-03-29\nRussia on Thursday vetoed a Security Council resolution that would have extended the mandate of the expert panel monitoring sanctions on North Korea.\n\nThe American ambassador told the council that Russia has been buying North Korean missiles and artillery shells and firing them at Ukrainian cities.",
     "USA", A, "assert", Some("2024-03-28")),
    // a full date with its inner comma inside the parenthesis between the speaker and the cue
    (" date 2025-01-14\nJuru bicara Kremlin Dmitry Peskov, ketika ditanya wartawan pada Senin, 13 Januari 2025, mengatakan tidak bisa mengomentari klaim tentara Korea Utara di Kursk.",
     "RUS", T, "hedge", Some("2025-01-13")),
    // a time between an appositive's closing comma and the cue: the speaker before it speaks,
    // at that time
    (" date 2024-05-13\nJuru bicara Kementerian Luar Negeri Rusia, Maria Zakharova, pekan lalu menyebut tuduhan bahwa Moskow membantu program satelit mata-mata Pyongyang sebagai \"spekulasi yang tidak berdasar\".",
     "RUS", K, "deny", Some("2024-05-06")),
    // a statement without a date of its own takes the date of the same speaker's dated
    // statement next to it, not another speaker's of the same state
    (" date 2024-11-05\nKremlin spokesman Dmitry Peskov on Monday declined to comment on reports of North Korean troops in Kursk. Sergei Lavrov said on Tuesday that Moscow was developing ties with Pyongyang. He added that reports of North Korean arms deliveries to Russia were \"fake\".",
     "RUS", A, "deny", Some("2024-11-05")),
    (" date 2024-11-05\nKremlin spokesman Dmitry Peskov on Monday declined to comment on reports of North Korean troops in Kursk. Sergei Lavrov said on Tuesday that Moscow was developing ties with Pyongyang. He added that reports of North Korean arms deliveries to Russia were \"fake\".",
     "RUS", T, "hedge", Some("2024-11-04")),
    // the speaker named, and dated, in the sentence before the quote
    (" date 2024-10-18\nPekan lalu, juru bicara Kremlin Dmitry Peskov menanggapi laporan media Ukraina. \"Ini hanya berita palsu lainnya soal tentara Korea Utara di Rusia,\" ucap Peskov.",
     "RUS", T, "deny", Some("2024-10-07")),
    // a vague past adverb before the cue: made at an unknown time
    (" date 2024-01-05\nNamun, Moskow dan Pyongyang selama ini sama-sama membantah adanya transfer senjata di antara keduanya.", "RUS", A, "deny", None),
    (" date 2024-01-05\nMoscow has long denied that North Korea supplied it with artillery shells.", "RUS", A, "deny", None),
    (" date 2024-01-05\nMoscow denied that North Korea supplied it with artillery shells.", "RUS", A, "deny", Some("2024-01-05")),
    // "at the time", "ketika itu": the last date the text gave before
    (" date 2025-04-28\nIn October, South Korea's spy agency said North Korean troops were in Russia. At the time, the reports were denied by North Korea's mission to the United Nations.", "PRK", T, "deny", Some("2024-10-01")),
    (" date 2025-04-29\nPada Oktober tahun lalu, juru bicara Kremlin Dmitry Peskov menyebut laporan soal pengiriman tentara Korea Utara ke Rusia sebagai berita palsu. Putin sendiri ketika itu tidak menampik kabar tersebut.", "RUS", T, "hedge", Some("2024-10-01")),
    // a date inside what is said dates the event, not the statement
    (" date 2024-10-18\nMenurut NIS Korea Selatan, para prajurit Korea Utara diangkut ke Rusia antara 8 dan 13 Oktober.", "KOR", T, "assert", Some("2024-10-18")),
    (" date 2024-11-05\nSouth Korea's defence ministry said on Monday that North Korea had shipped artillery shells to Russia since August 2023.", "KOR", A, "assert", Some("2024-11-04")),
    (" date 2024-10-18\nBadan intelijen Korea Selatan menyebut, sejak Agustus 2023 Korea Utara telah memasok peluru artileri ke Rusia.", "KOR", A, "assert", Some("2024-10-18")),
    // a later statement told of a time months before is no date for this one; a lead that
    // sums up what the text then dates a day before takes that date
    (" date 2025-04-29\nNorth Korea confirmed it sent troops to Russia. In October, a North Korean diplomat at the United Nations dismissed the reports as \"groundless rumors\".", "PRK", T, "assert", Some("2025-04-29")),
    (" date 2023-09-14\nRussian President Vladimir Putin signalled that Moscow could help North Korea build satellites. Asked by state television on Wednesday whether Russia would help Pyongyang put satellites into orbit, Putin replied: \"That is why we have come here.\"", "RUS", K, "hedge", Some("2023-09-13")),
    // the office named before a person who held several speaks: Rutte for NATO, though the
    // lexicon's roles give the Dutch prime minister on that date
    (" date 2024-05-11\nNATO Secretary General Mark Rutte said North Korean troops had been sent to Russia.", "NATO", T, "assert", Some("2024-05-11")),
    // a day and month later in a month-precision publication window
    (" date 2025-04\nPada Sabtu (26/4) Rusia menyatakan Kursk telah direbut kembali. Komisi Militer Pusat Partai Buruh Korea, Senin (28/4), menyebut pengerahan pasukan ke Rusia dilakukan atas perintah Kim Jong Un.",
     "PRK", T, "assert", Some("2025-04-28")),
    // a date right after the question answered dates the answer, though the question is in
    // the statement's scope (it names the claim: "the missile reports")
    (" date 2024-05-17\nThe United States said North Korea shipped ballistic missiles to Russia.\n\nChina's Foreign Ministry, asked in January about the missile reports, said it was \"not aware of the specific situation.\"",
     "CHN", A, "hedge", Some("2024-01-01")),
    // the same actor's dated statement further back dates it while no other time is named
    // in between; once the text moves to another day, the article's date
    (" date 2024-10-20\nKremlin spokesman Dmitry Peskov said on Friday that reports of North Korean arms shipments to Russia were \"another fake\". Seoul weighed its response. The presidential office held an emergency meeting. Analysts urged caution. Markets were calm. Peskov also dismissed the reports of North Korean soldiers in Kursk as a hoax.",
     "RUS", T, "deny", Some("2024-10-18")),
    (" date 2024-10-20\nKremlin spokesman Dmitry Peskov said on Friday that reports of North Korean arms shipments to Russia were \"another fake\". Seoul weighed its response. On Wednesday, the presidential office held an emergency meeting. Analysts urged caution. Markets were calm. Peskov also dismissed the reports of North Korean soldiers in Kursk as a hoax.",
     "RUS", T, "deny", Some("2024-10-20")),
    // a time only inside what a statement says (after its comma) names no new time; a time
    // right after the cue's object may be the statement's own, and still does
    (" date 2024-10-19\nKorea Utara disebut telah mengirim sekitar 1.500 personel pasukan khusus ke Rusia. Informasi itu diungkap Badan Intelijen Nasional (NIS) Korea Selatan, Jumat (18/10/2024).\n\nMenurut NIS, para prajurit diangkut kapal Rusia dari Chongjin ke Vladivostok antara 8 dan 13 Oktober. Mereka kini ditempatkan di Timur Jauh Rusia.\n\n\"Korea Utara telah memulai pengiriman pasukan darat,\" demikian pernyataan NIS.\n\nNIS juga menyebut Pyongyang sejak Agustus 2023 telah mengirim lebih dari 13.000 kontainer amunisi ke Rusia.",
     "KOR", A, "assert", Some("2024-10-18")),
    (" date 2025-01-13\nOn Sunday, the NIS confirmed that Ukraine had captured two North Korean soldiers. One of them was wounded. Both were taken to Kyiv. Ukrainian President Volodymyr Zelenskyy announced the capture on Saturday. The NIS believes the North has supplied Russia with multiple rocket launchers and artillery shells.",
     "KOR", A, "assert", Some("2025-01-13")),
    // an undated statement in the past takes the day of the story's last dated statement, when
    // that is one of the seven days before the article's
    (" date 2023-09-14\nJohn Kirby said on Wednesday that North Korea had shipped artillery shells to Russia. South Korea's foreign ministry said North Korea had also sent rockets to Russia.",
     "KOR", A, "assert", Some("2023-09-13")),
    // not one in the present, which holds on the article's day
    (" date 2025-01-13\nOn Sunday, the NIS said Ukraine had captured two North Korean soldiers in Kursk. Seoul's defence ministry says North Korea has supplied Russia with artillery shells.",
     "KOR", A, "assert", Some("2025-01-13")),
    // a date right after the quoted phrase a naming verb takes is the statement's
    (" date 2025-04-28\nNorth Korea confirmed it sent troops to Russia. A North Korean delegate at the United Nations called them \"groundless rumors\" in October last year, while Peskov described them as \"another fake.\"",
     "PRK", T, "deny", Some("2024-10-01")),
    // a page updated the day after its publication reads its weekdays from the update
    ("North Korea admits sending troops\nPublished 10:12 PM EDT, Sun April 27, 2025\nUpdated 8:40 AM EDT, Mon April 28, 2025\nSouth Korea's Joint Chiefs of Staff said on Monday that North Korean troops had fought in Kursk.",
     "KOR", T, "assert", Some("2025-04-28")),
    // not one updated a week later
    ("North Korea admits sending troops\nPublished 10:12 PM EDT, Sun April 27, 2025\nUpdated 8:40 AM EDT, Mon May 5, 2025\nSouth Korea's Joint Chiefs of Staff said on Monday that North Korean troops had fought in Kursk.",
     "KOR", T, "assert", Some("2025-04-21")),
    // a sentence that opens with the statement just made and its delivery dates the one before
    (" date 2025-04-29\nKorea Utara untuk pertama kalinya secara resmi mengakui telah mengerahkan tentaranya untuk bertempur bersama pasukan Rusia di wilayah Kursk. Pengakuan itu disampaikan Komisi Militer Pusat dalam pernyataan yang disiarkan KCNA pada Senin, 28 April 2025.",
     "PRK", T, "assert", Some("2025-04-28")),
    (" date 2025-04-29\nNorth Korea confirmed for the first time that it had sent troops to Russia. The statement was carried by state media on Monday.",
     "PRK", T, "assert", Some("2025-04-28")),
    // not an opening that is no statement's delivery ("The admission came two days after ...")
    (" date 2025-04-29\nNorth Korea confirmed for the first time that it had sent troops to Russia. The admission came two days after Russia's top general praised the troops on Saturday.",
     "PRK", T, "assert", Some("2025-04-29")),
    // a time right after the short object of a stance verb, closing the clause, is the statement's
    (" date 2025-01-13\nSouth Korea said North Korea sent about 11,000 troops to Russia. The Pentagon confirmed the deployment in late October, with Defense Secretary Lloyd Austin saying North Korean soldiers were \"in Russia\".",
     "USA", T, "assert", Some("2024-10-21")),
    // a date closing the clause after a quoted phrase and the occasion is the statement's
    (" date 2025-04-28\nKorea Utara mengirim pasukan ke Rusia, kata NIS pada Senin.\nPyongyang sebelumnya menepis laporan pengiriman pasukan itu sebagai \"rumor tak berdasar\" dalam sidang komite Majelis Umum PBB pada Oktober tahun lalu.",
     "PRK", T, "deny", Some("2024-10-01")),
    (" date 2025-01-13\nUkraine said it captured two North Korean soldiers.\nA North Korean diplomat dismissed the reports as \"groundless rumors\" at a United Nations committee meeting in October.",
     "PRK", T, "deny", Some("2024-10-01")),
    (" date 2025-01-13\nUkraine said it captured two North Korean soldiers.\nA North Korean diplomat dismissed the reports as \u{201C}groundless rumors\u{201D} at a United Nations committee meeting in October.",
     "PRK", T, "deny", Some("2024-10-01")),
];

#[test]
fn statement_dates() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
    let mut failures = Vec::new();
    for (i, (text, country, claim, stance, want)) in DATED.iter().enumerate() {
        let rec = crate::ingest::Record { doc_id: format!("d{i}"), path: format!("d{i}"), text: text.to_string(), ..Default::default() };
        let x = crate::pipeline::process(crate::pipeline::Engine::default_ref(), rec, &crate::pipeline::Options::new(today)).extraction;
        let got: Vec<Option<String>> = x
            .stances
            .iter()
            .filter(|s| s.country.as_deref() == Some(*country) && s.claim == *claim && s.stance.as_str() == *stance)
            .map(|s| s.date.map(|d| d.start.to_string()))
            .collect();
        if got.is_empty() || got.iter().any(|g| g.as_deref() != *want) {
            failures.push(format!("{text}\n  want {country} {claim} {stance} dated {want:?}, have {got:?}\n{}", show(&x)));
        }
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), DATED.len(), failures.join("\n"));
}
