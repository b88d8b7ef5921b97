//! Tests of the cleaner: two static tables (furniture, sentences) run by one
//! loop each, the five seed articles, lexicon extension and hostile inputs.

use super::*;

// ---------------------------------------------------------------------------
// Furniture table: raw article -> clean text and metadata. Every metadata field
// is compared, so a case also proves nothing spurious was found.

#[derive(Debug, Clone, Copy)]
struct Want<'a> {
    text: &'a str,
    title: Option<&'a str>,
    outlet: Option<&'a str>,
    wire: Option<&'a str>,
    editor: Option<&'a str>,
    author: Option<&'a str>,
    dateline: Option<&'a str>,
    header_date: Option<&'a str>,
}

const W: Want<'static> =
    Want { text: "", title: None, outlet: None, wire: None, editor: None, author: None, dateline: None, header_date: None };

/// (name, raw, expected)
#[rustfmt::skip]
static FURNITURE: &[(&str, &str, Want<'static>)] = &[
    // ---- English: wire datelines (Reuters / AP / AFP style)
    ("en reuters dateline", "WASHINGTON (Reuters) - North Korea denied on Thursday it had supplied arms to Russia.",
     Want { text: "North Korea denied on Thursday it had supplied arms to Russia.", outlet: Some("Reuters"), wire: Some("Reuters"), dateline: Some("Washington"), ..W }),
    ("en reuters dateline with date", "SEOUL, Oct 10 (Reuters) - South Korea said on Thursday the North had sent shells.",
     Want { text: "South Korea said on Thursday the North had sent shells.", outlet: Some("Reuters"), wire: Some("Reuters"), dateline: Some("Seoul"), header_date: Some("Oct 10"), ..W }),
    ("en ap em dash", "MOSCOW (AP) — Russia's foreign minister dismissed the claims.",
     Want { text: "Russia's foreign minister dismissed the claims.", outlet: Some("Associated Press"), wire: Some("Associated Press"), dateline: Some("Moscow"), ..W }),
    ("en ap two-word place", "UNITED NATIONS (AP) — North Korea's envoy rejected the reports.",
     Want { text: "North Korea's envoy rejected the reports.", outlet: Some("Associated Press"), wire: Some("Associated Press"), dateline: Some("United Nations"), ..W }),
    ("en ap place with country", "KYIV, Ukraine (AP) — Ukraine said North Korean troops were in Kursk.",
     Want { text: "Ukraine said North Korean troops were in Kursk.", outlet: Some("Associated Press"), wire: Some("Associated Press"), dateline: Some("Kyiv"), ..W }),
    ("en afp dateline", "PARIS (AFP) - France condemned the transfer of arms.",
     Want { text: "France condemned the transfer of arms.", outlet: Some("AFP"), wire: Some("AFP"), dateline: Some("Paris"), ..W }),
    ("en reuters new york", "NEW YORK (Reuters) - Oil prices rose.",
     Want { text: "Oil prices rose.", outlet: Some("Reuters"), wire: Some("Reuters"), dateline: Some("New York"), ..W }),
    ("en d.c. is not a date", "WASHINGTON, D.C. (Reuters) - The State Department said it was concerned.",
     Want { text: "The State Department said it was concerned.", outlet: Some("Reuters"), wire: Some("Reuters"), dateline: Some("Washington"), ..W }),
    ("en caps place dash", "WASHINGTON — The Senate voted on Tuesday to extend sanctions.",
     Want { text: "The Senate voted on Tuesday to extend sanctions.", dateline: Some("Washington"), ..W }),
    ("en name dash is not a dateline", "Kim Jong Un - the leader - spoke today.",
     Want { text: "Kim Jong Un - the leader - spoke today.", ..W }),
    ("en cnn opener", "(CNN) — North Korea has sent troops to Russia, officials say.",
     Want { text: "North Korea has sent troops to Russia, officials say.", outlet: Some("CNN"), ..W }),
    ("en bare place dash", "Source: AP\nMOSCOW — The Kremlin called the report a provocation.",
     Want { text: "The Kremlin called the report a provocation.", wire: Some("Associated Press"), dateline: Some("Moscow"), ..W }),
    ("en opener alone on its line", "Kremlin rejects report\nSEOUL (Reuters) -\nThe Kremlin on Monday rejected the report.",
     Want { text: "Kremlin rejects report\nThe Kremlin on Monday rejected the report.", title: Some("Kremlin rejects report"), outlet: Some("Reuters"), wire: Some("Reuters"), dateline: Some("Seoul"), ..W }),
    // ---- English: bylines, dates, titles
    ("en byline then dateline", "By Jane Doe\nWASHINGTON (Reuters) - The White House said shells were shipped.",
     Want { text: "The White House said shells were shipped.", author: Some("Jane Doe"), outlet: Some("Reuters"), wire: Some("Reuters"), dateline: Some("Washington"), ..W }),
    ("en byline two authors", "By Josh Smith and Hyonhee Shin\nSEOUL (Reuters) - North Korea fired a missile.",
     Want { text: "North Korea fired a missile.", author: Some("Josh Smith and Hyonhee Shin"), outlet: Some("Reuters"), wire: Some("Reuters"), dateline: Some("Seoul"), ..W }),
    ("en title byline published", "North Korea denies arms deal\nBy Jane Doe, Reuters\nPublished: October 10, 2024\nPyongyang has never exported arms, it said.",
     Want { text: "North Korea denies arms deal\nPyongyang has never exported arms, it said.", title: Some("North Korea denies arms deal"), author: Some("Jane Doe"), wire: Some("Reuters"), header_date: Some("October 10, 2024"), ..W }),
    ("en byline pipe outlet", "By Brad Lendon | CNN\nNorth Korea has denied the claims.",
     Want { text: "North Korea has denied the claims.", author: Some("Brad Lendon"), outlet: Some("CNN"), ..W }),
    ("en updated date line", "Updated 10 Oct 2024\nThe Kremlin rejected the report.",
     Want { text: "The Kremlin rejected the report.", header_date: Some("10 Oct 2024"), ..W }),
    ("en published with time", "Published Thursday, October 10, 2024 at 10:05 a.m. ET\nThe Kremlin rejected the report.",
     Want { text: "The Kremlin rejected the report.", header_date: Some("Thursday, October 10, 2024 at 10:05 a.m. ET"), ..W }),
    ("en title and standfirst", "North Korea rejects troop claims\nA senior diplomat told the UN the reports were a smear\nNorth Korea on Monday rejected the reports.",
     Want { text: "North Korea rejects troop claims\nA senior diplomat told the UN the reports were a smear\nNorth Korea on Monday rejected the reports.", title: Some("North Korea rejects troop claims"), ..W }),
    ("en by is not always a byline", "By the time the envoy spoke, the vote was over.",
     Want { text: "By the time the envoy spoke, the vote was over.", ..W }),
    ("en note is not a dateline", "Note: This story has been updated.",
     Want { text: "Note: This story has been updated.", ..W }),
    // ---- English: links, prompts, footers
    ("en read more line", "The Kremlin said the claims were false.\nRead more: Russia denies buying North Korean shells\nPeskov spoke to reporters.",
     Want { text: "The Kremlin said the claims were false.\nPeskov spoke to reporters.", ..W }),
    ("en also read and caps read more", "Kim visited a factory.\nAlso read: Kim visits arms factories\nREAD MORE: Putin in Pyongyang\nHe inspected shells.",
     Want { text: "Kim visited a factory.\nHe inspected shells.", ..W }),
    ("en bare read more glued headline", "Putin landed late.\nREAD MORE:\nPutin arrives in PyongyangThe visit was the first since 2000.",
     Want { text: "Putin landed late.\nThe visit was the first since 2000.", ..W }),
    ("en recommended label over a glued headline", "Seoul said it was watching.\nRecommended\nSeoul warns Moscow against crossing the line with PyongyangPyongyang has previously dismissed such accusations.",
     Want { text: "Seoul said it was watching.\nPyongyang has previously dismissed such accusations.", ..W }),
    ("en recommended as a word of the body stays", "Seoul said it was watching.\nRecommended changes to the sanctions regime were adopted on Friday.",
     Want { text: "Seoul said it was watching.\nRecommended changes to the sanctions regime were adopted on Friday.", ..W }),
    ("en glued headline with camel word", "Read more: Why YouTube banned the videoThe company said it broke the rules.",
     Want { text: "The company said it broke the rules.", ..W }),
    ("en glued headline with name prefix", "Related: McDonald's exits RussiaThe chain sold its restaurants.",
     Want { text: "The chain sold its restaurants.", ..W }),
    ("en share prompt and copyright", "North Korea denied it.\nShare this article\n© 2024 The Associated Press. All rights reserved.",
     Want { text: "North Korea denied it.", outlet: Some("Associated Press"), ..W }),
    // a copyright line names a publisher of several words ("Korea JoongAng Daily")
    ("en copyright of a multi-word outlet", "North Korea denied it.\nCopyright ⓒ Korea JoongAng Daily. All rights reserved.\nLog in to post comments",
     Want { text: "North Korea denied it.", outlet: Some("Korea JoongAng Daily"), ..W }),
    // TASS's own opener: "MOSCOW, November 1. /TASS/."
    ("en tass opener", "MOSCOW, November 1. /TASS/. Russia denied it.",
     Want { text: "Russia denied it.", outlet: Some("TASS"), wire: Some("TASS"), dateline: Some("Moscow"), header_date: Some("November 1"), ..W }),
    // RRI's opener names its newsroom: "KBRN, Jakarta:"
    ("id rri opener", "KBRN, Jakarta: Korea Utara membantah.",
     Want { text: "Korea Utara membantah.", outlet: Some("RRI"), dateline: Some("Jakarta"), ..W }),
    // the New York Times print line and its closing "Related Content" list
    ("en print edition line", "North Korea denied it.\nA version of this article appears in print on April 29, 2025, Section A, Page 9 of the New York edition with the headline: North Korea Confirms Its Soldiers Fought in Russia. Order Reprints | Today’s Paper | Subscribe\n\nRelated Content\nRussia Says It Has Retaken Kursk, Crediting North Korean Help\nCaptured North Korean Soldiers Describe Life at the Front",
     Want { text: "North Korea denied it.", ..W }),
    ("en ap contributor footer", "North Korea denied it.\nAssociated Press writer Matthew Lee in Washington contributed to this report.\nCopyright 2024 The Associated Press. All rights reserved.",
     Want { text: "North Korea denied it.", outlet: Some("Associated Press"), ..W }),
    ("en reuters credits", "North Korea denied it.\n(Reporting by Josh Smith in Seoul; Editing by Gerry Doyle)",
     Want { text: "North Korea denied it.", author: Some("Josh Smith"), editor: Some("Gerry Doyle"), ..W }),
    ("en editor footer", "North Korea denied it.\nEditor: Jane Roe",
     Want { text: "North Korea denied it.", editor: Some("Jane Roe"), ..W }),
    ("en advertisement lines", "North Korea denied it.\nADVERTISEMENT\nStory continues below advertisement\nThe US disagreed.",
     Want { text: "North Korea denied it.\nThe US disagreed.", ..W }),
    ("en lone source footer", "North Korea denied it.\nSource",
     Want { text: "North Korea denied it.", ..W }),
    // ---- Indonesian: outlet openers (Kontan, Kompas, Liputan6, Tempo, CNN Indonesia, Antara, detik)
    // an agency's own story: its opener credit is also the outlet; a closing source refines the wire
    ("id antara dateline with source", "Kyiv (ANTARA) - Presiden Ukraina mengatakan pasukannya menangkap dua tentara.\n\nSumber: Reuters",
     Want { text: "Presiden Ukraina mengatakan pasukannya menangkap dua tentara.", outlet: Some("Antara"), wire: Some("Reuters"), dateline: Some("Kyiv"), ..W }),
    ("id detik dash byline", "Adik Kim Bantah Korut Jual Senjata\n\nNovi Christiastuti - detikNews\nSabtu, 18 Mei 2024 10:30 WIB\n\nJakarta - Kim Yo Jong membantah tudingan itu.",
     Want { text: "Adik Kim Bantah Korut Jual Senjata\nKim Yo Jong membantah tudingan itu.", title: Some("Adik Kim Bantah Korut Jual Senjata"), outlet: Some("Detik"), author: Some("Novi Christiastuti"), dateline: Some("Jakarta"), header_date: Some("Sabtu, 18 Mei 2024 10:30 WIB"), ..W }),
    ("en dash byline with a wire", "Kim Yo Jong - Reuters\nNorth Korea denied it.",
     Want { text: "North Korea denied it.", author: Some("Kim Yo Jong"), wire: Some("Reuters"), ..W }),
    // a byline with a bare date; a standfirst under the title does not end the header
    ("en name and date byline", "North Korea's losses mount\nKPA units are learning the hard way, officials say\n\nDaniel Reyes | December 18, 2024\n\nNorth Korean troops took heavy losses.",
     Want { text: "North Korea's losses mount\nKPA units are learning the hard way, officials say\nNorth Korean troops took heavy losses.", title: Some("North Korea's losses mount"), author: Some("Daniel Reyes"), header_date: Some("December 18, 2024"), ..W }),
    ("en standfirst then byline", "Without the UN Panel, Who Will Count the Shells?\n\nRussia's veto has switched off the one body that tracked the transfers.\n\nBy Mirela Kostova\nApril 03, 2024\n\nOn March 28, Russia cast its veto.",
     Want { text: "Without the UN Panel, Who Will Count the Shells?\nRussia's veto has switched off the one body that tracked the transfers.\nOn March 28, Russia cast its veto.", title: Some("Without the UN Panel, Who Will Count the Shells?"), author: Some("Mirela Kostova"), header_date: Some("April 03, 2024"), ..W }),
    ("en section breadcrumbs", "The Koreas | Security | East Asia\n\nWho Will Count the Shells?\n\nBy Mirela Kostova\n\nRussia cast its veto.",
     Want { text: "Who Will Count the Shells?\nRussia cast its veto.", title: Some("Who Will Count the Shells?"), author: Some("Mirela Kostova"), ..W }),
    // a breadcrumb that starts with an outlet names it ("|", ">" separators)
    ("en outlet breadcrumb", "The Korea Herald > National > North Korea\nSeoul says Pyongyang shipped shells\n\nNorth Korea shipped shells, Seoul said.",
     Want { text: "Seoul says Pyongyang shipped shells\nNorth Korea shipped shells, Seoul said.", title: Some("Seoul says Pyongyang shipped shells"), outlet: Some("The Korea Herald"), ..W }),
    ("en outlet and section", "NK News | ANALYSIS\nWhat the treaty could change\n\nThe treaty was signed in June.",
     Want { text: "What the treaty could change\nThe treaty was signed in June.", title: Some("What the treaty could change"), outlet: Some("NK News"), ..W }),
    // a dateline with its country ("KYIV, Ukraine -"): the city
    ("en dateline with country", "KYIV, Ukraine \u{2014} Ukrainian forces captured two soldiers.",
     Want { text: "Ukrainian forces captured two soldiers.", dateline: Some("Kyiv"), ..W }),
    // a copyright line names the publisher of a text that names no other outlet
    ("id copyright outlet", "Korsel kecam Korut\n\nPemerintah Korea Selatan mengecam Korea Utara.\n\nPewarta: Raka Adji\nCOPYRIGHT \u{a9} ANTARA 2024",
     Want { text: "Korsel kecam Korut\nPemerintah Korea Selatan mengecam Korea Utara.", title: Some("Korsel kecam Korut"), outlet: Some("Antara"), author: Some("Raka Adji"), ..W }),
    // a share prompt names the publisher of a text that names no other outlet
    ("id share prompt outlet", "Korut bantah tuduhan\n\nKorea Utara membantah tudingan itu.\n\nFollow Berita SINDOnews di Google News",
     Want { text: "Korut bantah tuduhan\nKorea Utara membantah tudingan itu.", title: Some("Korut bantah tuduhan"), outlet: Some("Sindonews"), ..W }),
    ("en outlet line", "NHK WORLD-JAPAN\nUS says North Korea supplies shells\n\nThe United States says North Korea supplies shells.",
     Want { text: "US says North Korea supplies shells\nThe United States says North Korea supplies shells.", title: Some("US says North Korea supplies shells"), outlet: Some("NHK World"), ..W }),
    ("id kontan header", "Sumber: Reuters | Editor: Prihastomo Wahyu Widodo\nKONTAN.CO.ID - PYONGYANG. Menyangkal semua tuduhan AS.",
     Want { text: "Menyangkal semua tuduhan AS.", outlet: Some("Kontan"), wire: Some("Reuters"), editor: Some("Prihastomo Wahyu Widodo"), dateline: Some("Pyongyang"), ..W }),
    ("id kompas opener", "JAKARTA, KOMPAS.com - Presiden Joko Widodo menanggapi isu itu.",
     Want { text: "Presiden Joko Widodo menanggapi isu itu.", outlet: Some("Kompas"), dateline: Some("Jakarta"), ..W }),
    ("id kompas opener is no title", "JAKARTA, KOMPAS.com - Presiden menanggapi isu itu\nIa berbicara di Istana.",
     Want { text: "Presiden menanggapi isu itu\nIa berbicara di Istana.", outlet: Some("Kompas"), dateline: Some("Jakarta"), ..W }),
    ("id kompas without place", "KOMPAS.com - Korea Utara kembali meluncurkan rudal.",
     Want { text: "Korea Utara kembali meluncurkan rudal.", outlet: Some("Kompas"), ..W }),
    ("id liputan6 opener", "Liputan6.com, Jakarta - Korea Utara membantah tuduhan itu.",
     Want { text: "Korea Utara membantah tuduhan itu.", outlet: Some("Liputan6"), dateline: Some("Jakarta"), ..W }),
    ("id liputan6 without dash", "Liputan6.com, Jakarta Korea Utara membantah tuduhan itu.",
     Want { text: "Korea Utara membantah tuduhan itu.", outlet: Some("Liputan6"), dateline: Some("Jakarta"), ..W }),
    ("id tempo opener", "TEMPO.CO, Jakarta - Kementerian Luar Negeri memantau situasi.",
     Want { text: "Kementerian Luar Negeri memantau situasi.", outlet: Some("Tempo"), dateline: Some("Jakarta"), ..W }),
    ("id cnn indonesia opener", "Jakarta, CNN Indonesia -- Korea Utara membantah mengirim pasukan.",
     Want { text: "Korea Utara membantah mengirim pasukan.", outlet: Some("CNN Indonesia"), dateline: Some("Jakarta"), ..W }),
    ("id antara opener", "Jakarta (ANTARA) - Korea Utara membantah mengirim pasukan.",
     Want { text: "Korea Utara membantah mengirim pasukan.", outlet: Some("Antara"), wire: Some("Antara"), dateline: Some("Jakarta"), ..W }),
    ("id detik place dash", "Jakarta - Korea Utara membantah mengirim pasukan ke Rusia.",
     Want { text: "Korea Utara membantah mengirim pasukan ke Rusia.", dateline: Some("Jakarta"), ..W }),
    ("id place colon", "Pyongyang: Korea Utara mengatakan tidak pernah menjual senjata.",
     Want { text: "Korea Utara mengatakan tidak pernah menjual senjata.", dateline: Some("Pyongyang"), ..W }),
    ("id catatan is not a dateline", "Catatan: Artikel ini diperbarui.",
     Want { text: "Catatan: Artikel ini diperbarui.", ..W }),
    // ---- Indonesian: header dates and labels
    ("id date line with initials", " date 2022-11 (FJR)\n\nPyongyang: Korea Utara membantah.",
     Want { text: "Korea Utara membantah.", author: Some("FJR"), dateline: Some("Pyongyang"), header_date: Some("2022-11"), ..W }),
    ("id date line day", " date 2024-10-10\nKorea Utara membantah.",
     Want { text: "Korea Utara membantah.", header_date: Some("2024-10-10"), ..W }),
    ("id diperbarui", "Diperbarui 18 Jun 2025, 14:05 WIB\nKorea Utara membantah.",
     Want { text: "Korea Utara membantah.", header_date: Some("18 Jun 2025, 14:05 WIB"), ..W }),
    ("id kompas date line", "Kompas.com - 18/06/2025, 10:00 WIB\nKorea Utara membantah.",
     Want { text: "Korea Utara membantah.", outlet: Some("Kompas"), header_date: Some("18/06/2025, 10:00 WIB"), ..W }),
    ("id weekday date line", "Jum'at, 20 Juni 2025 |11:58 WIB\nKorea Utara membantah.",
     Want { text: "Korea Utara membantah.", header_date: Some("Jum'at, 20 Juni 2025 |11:58 WIB"), ..W }),
    ("en advertisement glued to a paragraph", "Seoul said North Korea had sent troops to Russia on Monday.\nAdvertisementNATO Secretary General Mark Rutte went further on Monday.",
     Want { text: "Seoul said North Korea had sent troops to Russia on Monday.\nNATO Secretary General Mark Rutte went further on Monday.", ..W }),
    ("id scroll prompt glued to a paragraph", "Korea Selatan menuduh Korea Utara mengirim tentara ke Rusia.\nSCROLL TO CONTINUE WITH CONTENTKorea Utara membantah tuduhan itu pada Senin.",
     Want { text: "Korea Selatan menuduh Korea Utara mengirim tentara ke Rusia.\nKorea Utara membantah tuduhan itu pada Senin.", ..W }),
    ("en shareholders is a word, not a glued share prompt", "Shareholders of the shipyard said nothing about the shells sent to Russia.",
     Want { text: "Shareholders of the shipyard said nothing about the shells sent to Russia.", ..W }),
    ("id link headline ending in ! glued to the sentence", "Korea Selatan menuduh Korea Utara mengirim tentara ke Rusia.\nBaca juga: Korut Akui Kirim Pasukan ke Rusia, Kim Jong Un: Mereka Pahlawan!Badan Intelijen Nasional (NIS) Korea Selatan memperkirakan sekitar 15.000 tentara Korea Utara telah dikirim.",
     Want { text: "Korea Selatan menuduh Korea Utara mengirim tentara ke Rusia.\nBadan Intelijen Nasional (NIS) Korea Selatan memperkirakan sekitar 15.000 tentara Korea Utara telah dikirim.", ..W }),
    ("id byline and date after a bullet", "Korut Akui Kirim Pasukan ke Kursk\n\nDimas Aryo Wicaksono \u{2022} 28 April 2025 15:36\n\nKorea Utara untuk pertama kalinya secara resmi mengonfirmasi pengerahan pasukannya ke Rusia, dua hari setelah Moskow mengumumkan hal serupa. Pengiriman itu disebut dilakukan atas perintah langsung pemimpin Kim Jong Un kepada para komandan.",
     Want { text: "Korut Akui Kirim Pasukan ke Kursk\nKorea Utara untuk pertama kalinya secara resmi mengonfirmasi pengerahan pasukannya ke Rusia, dua hari setelah Moskow mengumumkan hal serupa. Pengiriman itu disebut dilakukan atas perintah langsung pemimpin Kim Jong Un kepada para komandan.", title: Some("Korut Akui Kirim Pasukan ke Kursk"), author: Some("Dimas Aryo Wicaksono"), header_date: Some("28 April 2025 15:36"), ..W }),
    ("en more on a topic over the closing headlines", "North Korea denied sending troops to Russia.\nShare\nMore on North Korea\nChina says it is \u{2018}not aware\u{2019} of North Korean troops in Russia\nKim Jong Un\u{2019}s sister vows \u{2018}horrible disaster\u{2019} after drones over Pyongyang",
     Want { text: "North Korea denied sending troops to Russia.", ..W }),
    ("id oleh byline with its date", "Oleh: Nadia Puspitasari - 20 Jun 2025 10:30 WIB\nKorea Utara membantah tuduhan itu.",
     Want { text: "Korea Utara membantah tuduhan itu.", author: Some("Nadia Puspitasari"), header_date: Some("20 Jun 2025 10:30 WIB"), ..W }),
    ("id penulis editor", "Penulis: Ahmad Fauzi | Editor: Budi Santoso\nKorea Utara membantah.",
     Want { text: "Korea Utara membantah.", author: Some("Ahmad Fauzi"), editor: Some("Budi Santoso"), ..W }),
    ("id reporter footer", "Korea Utara membantah.\nReporter: Siti Aminah\nEditor: Budi Santoso",
     Want { text: "Korea Utara membantah.", author: Some("Siti Aminah"), editor: Some("Budi Santoso"), ..W }),
    ("id oleh karena itu is body", "Oleh karena itu, Korea Utara menolak.",
     Want { text: "Oleh karena itu, Korea Utara menolak.", ..W }),
    // ---- Indonesian: links, prompts, footers
    ("id baca juga line", "Korea Utara membantah.\nBaca Juga: Rusia Diduga Mulai Memasok Amunisi Artileri dari Korea Utara\nKirby menyebut belum ada indikasi.",
     Want { text: "Korea Utara membantah.\nKirby menyebut belum ada indikasi.", ..W }),
    ("id baca juga with exclamation", "Korea Utara membantah.\nBaca Juga: Dituduh Membeli Senjata dari Iran dan Korut, Rusia: Coba Buktikan!\nDi sisi lain, Kirby percaya.",
     Want { text: "Korea Utara membantah.\nDi sisi lain, Kirby percaya.", ..W }),
    ("id bare baca juga glued", "Lavrov tiba.\nBACA JUGA:\nPutin di China untuk Bertemu 'Sahabatnya' XiGedung Putih mengatakan itu.",
     Want { text: "Lavrov tiba.\nGedung Putih mengatakan itu.", ..W }),
    ("id inline baca juga glued", "Lavrov tiba.\nBACA JUGA: Kim Jong-un Beri Pengarahan di Sejumlah Pabrik Senjata BesarSetelah dia tiba d Pyongyang, Lavrov menyampaikan kata sambutan.",
     Want { text: "Lavrov tiba.\nSetelah dia tiba d Pyongyang, Lavrov menyampaikan kata sambutan.", ..W }),
    ("id baca juga glued after an acronym", "Lavrov tiba.\nBaca Juga: Rusia Veto Perpanjangan Panel Pemantau Sanksi Korut di PBBGedung Putih sudah lebih dulu melontarkan tuduhan serupa.",
     Want { text: "Lavrov tiba.\nGedung Putih sudah lebih dulu melontarkan tuduhan serupa.", ..W }),
    ("id baca juga glued to an acronym that opens the sentence", "Lavrov tiba.\nBaca juga: Rudal Korea Utara di Langit UkrainaNIS menilai, Pyongyang kemungkinan meminta teknologi.",
     Want { text: "Lavrov tiba.\nNIS menilai, Pyongyang kemungkinan meminta teknologi.", ..W }),
    ("en read more glued to an acronym that opens the sentence", "Lavrov arrived.\nRead more: Seoul summons Russian envoy over troopsNATO said it could not confirm the reports.",
     Want { text: "Lavrov arrived.\nNATO said it could not confirm the reports.", ..W }),
    ("id baca juga glued inside a paragraph", "Lavrov tiba. Jutaan peluru disebut mengalir ke Rusia.Baca juga: Rudal Korea Utara di Langit UkrainaNIS menilai, Pyongyang kemungkinan meminta teknologi.",
     Want { text: "Lavrov tiba. Jutaan peluru disebut mengalir ke Rusia.\nNIS menilai, Pyongyang kemungkinan meminta teknologi.", ..W }),
    ("en read more at a paragraph's end", "Lavrov arrived. He met Kim on Tuesday. Read more: Seoul summons Russian envoy over troops",
     Want { text: "Lavrov arrived. He met Kim on Tuesday.", ..W }),
    ("a link word inside a sentence stays", "Lavrov arrived. He told reporters to read more: the treaty is public.",
     Want { text: "Lavrov arrived. He told reporters to read more: the treaty is public.", ..W }),
    ("id inline link with no visible end keeps the text", "Lavrov tiba di Pyongyang.Baca juga: Rudal Korea Utara di Ukraina Putin mengatakan kepada wartawan bahwa Rusia tidak melanggar sanksi apa pun.",
     Want { text: "Lavrov tiba di Pyongyang.Baca juga: Rudal Korea Utara di Ukraina Putin mengatakan kepada wartawan bahwa Rusia tidak melanggar sanksi apa pun.", ..W }),
    ("id acronym with a clitic is no glue", "Lavrov tiba.\nPeran PBBnya dipertanyakan.\nKirby menyebut belum ada indikasi.",
     Want { text: "Lavrov tiba.\nPeran PBBnya dipertanyakan.\nKirby menyebut belum ada indikasi.", ..W }),
    ("id bare baca juga then body", "Lavrov tiba.\nBACA JUGA:\nLavrov mengatakan kepada para wartawan bahwa dia mendukung pembicaraan itu.",
     Want { text: "Lavrov tiba.\nLavrov mengatakan kepada para wartawan bahwa dia mendukung pembicaraan itu.", ..W }),
    ("id detik video embed and initials", "Korea Utara membantah.\nSimak Video \"Korut Luncurkan Rudal\"\n[Gambas:Video 20detik]\n(zap/zap)",
     Want { text: "Korea Utara membantah.", author: Some("zap/zap"), ..W }),
    ("id bracket initials", "Lavrov mendukung pembicaraan bersama Korea Utara dan China. [ft/ah]",
     Want { text: "Lavrov mendukung pembicaraan bersama Korea Utara dan China.", author: Some("ft/ah"), ..W }),
    ("id antara initials", "Korea Utara menolak tuduhan itu, katanya. (ant)",
     Want { text: "Korea Utara menolak tuduhan itu, katanya.", author: Some("ant"), ..W }),
    ("id acronym in parens stays", "Korea Utara mengecam Amerika Serikat (AS)",
     Want { text: "Korea Utara mengecam Amerika Serikat (AS)", ..W }),
    ("id share prompt and lone sumber", "Putin meminta parlemen meratifikasi dokumen ini.\n\nAnda dapat membagikan cerita ini di media sosial:\n\nSumber",
     Want { text: "Putin meminta parlemen meratifikasi dokumen ini.", ..W }),
    ("id title standfirst", "Korea Utara menanggapi klaim tentang penempatan pasukan di Rusia\n\nNegara-negara Barat berupaya melemahkan kerja sama, kata seorang diplomat\n\nKorea Utara menolak tuduhan itu.",
     Want { text: "Korea Utara menanggapi klaim tentang penempatan pasukan di Rusia\nNegara-negara Barat berupaya melemahkan kerja sama, kata seorang diplomat\nKorea Utara menolak tuduhan itu.", title: Some("Korea Utara menanggapi klaim tentang penempatan pasukan di Rusia"), ..W }),
    // ---- outlets named only by their site, their dateline form or their own source credit
    ("id unknown site opener", "TRIBUNNEWS.COM - Ukraina mengklaim telah menangkap dua tentara Korea Utara.",
     Want { text: "Ukraina mengklaim telah menangkap dua tentara Korea Utara.", outlet: Some("Tribunnews"), ..W }),
    ("id lower-case site opener", "harianhaluan.com - Korea Utara membantah tudingan itu.",
     Want { text: "Korea Utara membantah tudingan itu.", outlet: Some("Harianhaluan"), ..W }),
    ("id lower-case site opener of a known outlet", "suaramerdeka.com - Korea Utara membantah tudingan itu.",
     Want { text: "Korea Utara membantah tudingan itu.", outlet: Some("Suara Merdeka"), ..W }),
    ("en AP file caption before the byline", "North Korea confirms it sent troops to Russia\nFILE - In this photo provided by the North Korean government, Kim Jong Un inspects troops. (Korean Central News Agency/Korea News Service via AP, File)\nBy KIM TONG-HYUNG\nUpdated 3:17 AM EDT, April 28, 2025\nSEOUL, South Korea (AP) \u{2014} North Korea confirmed it sent troops.",
     Want { text: "North Korea confirms it sent troops to Russia\nNorth Korea confirmed it sent troops.", title: Some("North Korea confirms it sent troops to Russia"), outlet: Some("Associated Press"), wire: Some("Associated Press"), author: Some("KIM TONG-HYUNG"), dateline: Some("Seoul"), header_date: Some("3:17 AM EDT, April 28, 2025"), ..W }),
    ("en author and date after a dash", "Blinken: Russia expected to share satellite tech\nby Brad Dress - 10/31/24 4:58 PM ET\nSecretary of State Antony Blinken said on Thursday that Russia would share the technology.",
     Want { text: "Blinken: Russia expected to share satellite tech\nSecretary of State Antony Blinken said on Thursday that Russia would share the technology.", title: Some("Blinken: Russia expected to share satellite tech"), author: Some("Brad Dress"), header_date: Some("10/31/24 4:58 PM ET"), ..W }),
    ("en date and a section after a dash", "Axios\nApr 28, 2025 - World\nNorth Korea admits it sent troops\nNorth Korea said on Monday that its troops fought in Kursk.",
     Want { text: "North Korea admits it sent troops\nNorth Korea said on Monday that its troops fought in Kursk.", title: Some("North Korea admits it sent troops"), outlet: Some("Axios"), header_date: Some("Apr 28, 2025"), ..W }),
    ("id date with a time zone name", "Pars Today\nJun 21, 2024 08:15 Asia/Jakarta\nDunia\nPutin: Rusia Tak Kesampingkan Kerja Sama Militer\nPresiden Rusia menyatakan negaranya tidak menutup kemungkinan kerja sama itu.",
     Want { text: "Dunia\nPutin: Rusia Tak Kesampingkan Kerja Sama Militer\nPresiden Rusia menyatakan negaranya tidak menutup kemungkinan kerja sama itu.", title: Some("Dunia"), outlet: Some("Parstoday"), header_date: Some("Jun 21, 2024 08:15"), ..W }),
    ("id www site with place", "www.beritabaru.co.id - PYONGYANG. Korea Utara membantah tudingan itu.",
     Want { text: "Korea Utara membantah tudingan itu.", outlet: Some("Beritabaru"), dateline: Some("Pyongyang"), ..W }),
    ("id place then outlet opener", "Jakarta, CNBC Indonesia - Kim Yo Jong membantah tudingan itu.",
     Want { text: "Kim Yo Jong membantah tudingan itu.", outlet: Some("CNBC Indonesia"), dateline: Some("Jakarta"), ..W }),
    ("en dotted place is no site", "WASHINGTON, D.C. - The State Department said it was concerned.",
     Want { text: "The State Department said it was concerned.", dateline: Some("Washington"), ..W }),
    ("en own source credit and closing teasers", "North Korea has sent troops, the spy agency said.\nSOURCE: AL JAZEERA AND NEWS AGENCIES\nRead more\nSouth Korea summons Russian ambassador\nAnalysis: What does Kim Jong Un get from helping Putin?",
     Want { text: "North Korea has sent troops, the spy agency said.", outlet: Some("Al Jazeera"), ..W }),
    ("id own source credit with a wire", "Korea Utara membantah tudingan itu.\nSumber: Kompas, Reuters dan berbagai sumber",
     Want { text: "Korea Utara membantah tudingan itu.", outlet: Some("Kompas"), wire: Some("Reuters"), ..W }),
    ("en source naming another outlet stays a wire", "North Korea denied it.\nSource: Al Jazeera",
     Want { text: "North Korea denied it.", wire: Some("Al Jazeera"), ..W }),
    ("en topic tags after explore more", "Putin pledged help with satellites.\nExplore more on these topics\nNorth Korea\nRussia\nKim Jong-un\nReuse this content",
     Want { text: "Putin pledged help with satellites.", ..W }),
    ("en read more before a body paragraph is one link", "Kim met Putin.\nRead more:\nKremlin rejects report\nThe Kremlin said the report was false.",
     Want { text: "Kim met Putin.\nThe Kremlin said the report was false.", ..W }),
    ("en title ending in a full date dates the page", "Department Press Briefing \u{2013} October 24, 2024\nMatthew Miller, Department Spokesperson\nMR MILLER: Good afternoon.",
     Want { text: "Department Press Briefing \u{2013} October 24, 2024\nMatthew Miller, Department Spokesperson\nMR MILLER: Good afternoon.", title: Some("Department Press Briefing \u{2013} October 24, 2024"), header_date: Some("October 24, 2024"), ..W }),
    ("en date line ends at a second label glued to its zone", "Missiles fired at Ukraine\nBy Steve Holland\nJanuary 4, 202412:41 PM PSTUpdated a year ago\nWASHINGTON, Jan 4 (Reuters) - Russia has fired missiles.",
     Want { text: "Missiles fired at Ukraine\nRussia has fired missiles.", title: Some("Missiles fired at Ukraine"), outlet: Some("Reuters"), wire: Some("Reuters"), author: Some("Steve Holland"), dateline: Some("Washington"), header_date: Some("January 4, 202412:41 PM PST"), ..W }),
    ("en name over role and outlet is the byline", "North Korea confirms troops\n28 April 2025\nShare\nSave\nJean Mackenzie\nSeoul correspondent, BBC News\nGetty Images\nNorth Korea has confirmed it.",
     Want { text: "North Korea confirms troops\nNorth Korea has confirmed it.", title: Some("North Korea confirms troops"), outlet: Some("BBC News"), author: Some("Jean Mackenzie"), header_date: Some("28 April 2025"), ..W }),
    ("en place, country and outlet over a dash", "Ukraine says X\nSeoul, South Korea CNN \u{2014} Ukrainian forces have engaged North Korean troops.",
     Want { text: "Ukraine says X\nUkrainian forces have engaged North Korean troops.", title: Some("Ukraine says X"), outlet: Some("CNN"), dateline: Some("Seoul"), ..W }),
    ("en a line under the title ending in a date dates the page; a time alone does not", "U.S. DEPARTMENT of STATE\nDepartment Press Briefing \u{2013} October 23, 2024\n2:07 p.m. EDT\nMR MILLER: Good afternoon, everyone. I have a few things at the top, and then I am happy to take your questions.\nQUESTION: Thanks, Matt. On North Korea. South Korea's intelligence service says Pyongyang has sent thousands of troops to Russia.",
     Want { text: "U.S. DEPARTMENT of STATE\nDepartment Press Briefing \u{2013} October 23, 2024\nMR MILLER: Good afternoon, everyone. I have a few things at the top, and then I am happy to take your questions.\nQUESTION: Thanks, Matt. On North Korea. South Korea's intelligence service says Pyongyang has sent thousands of troops to Russia.", title: Some("U.S. DEPARTMENT of STATE"), header_date: Some("October 23, 2024"), ..W }),
    ("en title ending in a day without a year is no date", "Kremlin rejects report - 24 October\nThe Kremlin on Monday rejected the report.",
     Want { text: "Kremlin rejects report - 24 October\nThe Kremlin on Monday rejected the report.", title: Some("Kremlin rejects report - 24 October"), ..W }),
    ("id caption with a credit before the opener", "Laporan: Korut kirim peluru ke Rusia\nJumat, 30 Mei 2025 10:21 WIB\nIlustrasi - Kim Jong Un meninjau pabrik amunisi. ANTARA/KCNA via Reuters/as.\nSeoul (ANTARA) - Korea Utara telah memasok amunisi ke Rusia.",
     Want { text: "Laporan: Korut kirim peluru ke Rusia\nKorea Utara telah memasok amunisi ke Rusia.", title: Some("Laporan: Korut kirim peluru ke Rusia"), outlet: Some("Antara"), wire: Some("Antara"), dateline: Some("Seoul"), header_date: Some("Jumat, 30 Mei 2025 10:21 WIB"), ..W }),
    ("id credit line then its caption", "Korea Utara Akui Kirim Tentara\nSelasa, 29 April 2025 10:14 WIB\nKCNA VIA KNS / AFP\nKim Jong Un memeriksa barisan tentara dalam sebuah latihan militer.\nTRIBUNNEWS.COM - Korea Utara mengakui telah mengirim pasukan.",
     Want { text: "Korea Utara Akui Kirim Tentara\nKorea Utara mengakui telah mengirim pasukan.", title: Some("Korea Utara Akui Kirim Tentara"), outlet: Some("Tribunnews"), header_date: Some("Selasa, 29 April 2025 10:14 WIB"), ..W }),
    ("en caption over its credit line, parenthesized photo credit", "Putin and Kim meet at spaceport\nPutin and Kim shake hands at the Vostochny Cosmodrome on September 13, 2023.\nVladimir Smirnov/Sputnik/AFP/Getty Images\nKim inspects a base. (Photo: KCNA/AFP via Getty Images)\nSEOUL (Reuters) - The two leaders met on Wednesday.",
     Want { text: "Putin and Kim meet at spaceport\nThe two leaders met on Wednesday.", title: Some("Putin and Kim meet at spaceport"), outlet: Some("Reuters"), wire: Some("Reuters"), dateline: Some("Seoul"), ..W }),
    ("id dashed crumbs after a site", "Okezone.com - News - Internasional\nKorea Utara Bantah Pasok Roket ke Wagner\nSEOUL - Korea Utara membantah laporan itu.",
     Want { text: "Korea Utara Bantah Pasok Roket ke Wagner\nKorea Utara membantah laporan itu.", title: Some("Korea Utara Bantah Pasok Roket ke Wagner"), outlet: Some("Okezone"), dateline: Some("Seoul"), ..W }),
    ("en a sentence ending in parentheses is no caption", "Kremlin rejects report\nThe Kremlin rejected the report (which cited officials).\nIt gave no details.",
     Want { text: "Kremlin rejects report\nThe Kremlin rejected the report (which cited officials).\nIt gave no details.", title: Some("Kremlin rejects report"), ..W }),
    ("en reading time after a header date", "North Korean troops suffer heavy losses\nby Olena Kravets\nDecember 17, 2024 2:41 PM  3 min read\nNorth Korean soldiers have suffered casualties.",
     Want { text: "North Korean troops suffer heavy losses\nNorth Korean soldiers have suffered casualties.", title: Some("North Korean troops suffer heavy losses"), author: Some("Olena Kravets"), header_date: Some("December 17, 2024 2:41 PM"), ..W }),
    ("en a listening time and save prompts over the byline", "North Korea has sent 1,500 special forces to Russia, Seoul says\nListen\n6 min\nShare\nComment\nAdd to your saved stories\nSave\nBy Daniel Ahn\nUpdated October 18, 2024 at 1:47 p.m. EDT|Published October 18, 2024 at 5:02 a.m. EDT\nSEOUL \u{2014} North Korea has sent about 1,500 troops to Russia.",
     Want { text: "North Korea has sent 1,500 special forces to Russia, Seoul says\n6 min\nNorth Korea has sent about 1,500 troops to Russia.", title: Some("North Korea has sent 1,500 special forces to Russia, Seoul says"), author: Some("Daniel Ahn"), dateline: Some("Seoul"), header_date: Some("October 18, 2024 at 1:47 p.m. EDT|Published October 18, 2024 at 5:02 a.m. EDT"), ..W }),
    ("en two wire credits are no outlet and dateline", "North Korea sent Russia 9 million shells\nKYODO, JIJI\nJun 1, 2025\nTOKYO \u{2013} North Korea has transferred at least 9 million rounds of artillery ammunition to Russia.",
     Want { text: "North Korea sent Russia 9 million shells\nKYODO, JIJI\nNorth Korea has transferred at least 9 million rounds of artillery ammunition to Russia.", title: Some("North Korea sent Russia 9 million shells"), dateline: Some("Tokyo"), header_date: Some("Jun 1, 2025"), ..W }),
    ("en a reading time alone is no date", "Kim and Putin meet\n5 minute read\nUpdated 8:02 AM EDT, Wed September 13, 2023\nThe two leaders met.",
     Want { text: "Kim and Putin meet\n5 minute read\nThe two leaders met.", title: Some("Kim and Putin meet"), header_date: Some("8:02 AM EDT, Wed September 13, 2023"), ..W }),
    ("en wire section label before a date", "N. Korea shipped containers of munitions to Russia\nAll News 16:22 February 27, 2024\nSEOUL, Feb. 27 (Yonhap) -- North Korea has shipped munitions to Russia.",
     Want { text: "N. Korea shipped containers of munitions to Russia\nNorth Korea has shipped munitions to Russia.", title: Some("N. Korea shipped containers of munitions to Russia"), outlet: Some("Yonhap"), wire: Some("Yonhap"), dateline: Some("Seoul"), header_date: Some("16:22 February 27, 2024"), ..W }),
    ("en byline and date after a title ending in a period", "Democracy Dies in Darkness\nKim came to Russia for rocket secrets. Putin gave him a tour.\nThe summit has officials bracing for a trade: shells for Moscow, technology for Pyongyang\nBy Hannah Cho\nSeptember 17, 2023 at 6:00 a.m. EDT\nListen\nSEOUL \u{2014} When Vladimir Putin was asked whether Russia would help North Korea build satellites, he did not hesitate, and officials in Washington and Seoul took note of what he said next.",
     Want { text: "Democracy Dies in Darkness\nKim came to Russia for rocket secrets. Putin gave him a tour.\nThe summit has officials bracing for a trade: shells for Moscow, technology for Pyongyang\nWhen Vladimir Putin was asked whether Russia would help North Korea build satellites, he did not hesitate, and officials in Washington and Seoul took note of what he said next.", title: Some("Democracy Dies in Darkness"), author: Some("Hannah Cho"), dateline: Some("Seoul"), header_date: Some("September 17, 2023 at 6:00 a.m. EDT"), ..W }),
    ("en byline ending in its date", "NK News\nNorth Korean guns appear on Russian rail cars\nFootage suggests Pyongyang has moved to heavy artillery systems, but some identifications remain unconfirmed.\nChae-won Lim and Felix Arndt November 20, 2024\nVideo footage circulating on Russian social media this month appears to show North Korean self-propelled guns being moved by rail deep inside Russia, the first such sign.",
     Want { text: "North Korean guns appear on Russian rail cars\nFootage suggests Pyongyang has moved to heavy artillery systems, but some identifications remain unconfirmed.\nVideo footage circulating on Russian social media this month appears to show North Korean self-propelled guns being moved by rail deep inside Russia, the first such sign.", title: Some("North Korean guns appear on Russian rail cars"), outlet: Some("NK News"), author: Some("Chae-won Lim and Felix Arndt"), header_date: Some("November 20, 2024"), ..W }),
    ("en place over a dash", "Kim and Putin meet at spaceport\nUpdated 8:02 AM EDT, Wed September 13, 2023\nLink Copied!\nSeoul, South Korea\n\u{2014}\nNorth Korean leader Kim Jong Un and Russian President Vladimir Putin held talks at a remote spaceport in Russia's Far East on Wednesday, a meeting US officials fear could end with an arms deal.",
     Want { text: "Kim and Putin meet at spaceport\nLink Copied!\nNorth Korean leader Kim Jong Un and Russian President Vladimir Putin held talks at a remote spaceport in Russia's Far East on Wednesday, a meeting US officials fear could end with an arms deal.", title: Some("Kim and Putin meet at spaceport"), dateline: Some("Seoul"), header_date: Some("8:02 AM EDT, Wed September 13, 2023"), ..W }),
    // ---- Session 16 layouts: a date line with a time and the outlet's credit, sections
    // after bullets, the outlet in brackets after the date, a newspaper's name as an opener
    ("en date line with time and outlet credit", "North Korea sold rockets to Wagner, says White House\nFiona Hartley, Asia Editor\nFriday December 23 2022, 5.00pm, The Times\nNorth Korea has delivered rockets to the Wagner Group, the White House said yesterday.",
     Want { text: "North Korea sold rockets to Wagner, says White House\nFiona Hartley, Asia Editor\nNorth Korea has delivered rockets to the Wagner Group, the White House said yesterday.", title: Some("North Korea sold rockets to Wagner, says White House"), outlet: Some("The Times"), header_date: Some("Friday December 23 2022, 5.00pm"), ..W }),
    ("en date line with bullet sections", "Ukraine's forces fight North Korean troops\n2024/11/05 - 14:37 \u{2022} News \u{2022} Russian invasion of Ukraine\nUkrainian troops have clashed with North Korean soldiers.",
     Want { text: "Ukraine's forces fight North Korean troops\nUkrainian troops have clashed with North Korean soldiers.", title: Some("Ukraine's forces fight North Korean troops"), header_date: Some("2024/11/05 - 14:37"), ..W }),
    ("en outlet in brackets after the date", "N. Korea confirms troop deployment to Russia\n\nApril 29, 2025 (Mainichi Japan)\n\nSEOUL -- North Korea on Monday acknowledged that it had sent troops.",
     Want { text: "N. Korea confirms troop deployment to Russia\nNorth Korea on Monday acknowledged that it had sent troops.", title: Some("N. Korea confirms troop deployment to Russia"), outlet: Some("Mainichi Japan"), dateline: Some("Seoul"), header_date: Some("April 29, 2025"), ..W }),
    ("id byline over the date line", "Putin Isyaratkan Bantu Satelit Korut\nAhmad Fauzi Ramadhan\nKamis, 14/09/2023 10:27 WIB\nIDXChannel - Pertemuan puncak Putin dan Kim memicu kekhawatiran baru.",
     Want { text: "Putin Isyaratkan Bantu Satelit Korut\nPertemuan puncak Putin dan Kim memicu kekhawatiran baru.", title: Some("Putin Isyaratkan Bantu Satelit Korut"), outlet: Some("IDXChannel"), author: Some("Ahmad Fauzi Ramadhan"), header_date: Some("Kamis, 14/09/2023 10:27 WIB"), ..W }),
    ("id byline with its date after a dash, a share prompt, then the opener", "Korut Dituding Kirim Ribuan Tentara ke Rusia\nAngga Yudha Pratama - Jumat, 25 Oktober 2024\nBagikan :\nMerahPutih.com - Presiden Rusia Vladimir Putin tidak membantah laporan itu.",
     Want { text: "Korut Dituding Kirim Ribuan Tentara ke Rusia\nPresiden Rusia Vladimir Putin tidak membantah laporan itu.", title: Some("Korut Dituding Kirim Ribuan Tentara ke Rusia"), outlet: Some("MerahPutih"), author: Some("Angga Yudha Pratama"), header_date: Some("Jumat, 25 Oktober 2024"), ..W }),
    ("en bulleted headlines under a link label", "North Korea denied it.\nRelated Stories\n - Kirby: Russian Rail Cars Picked Up North Korean Rockets for Wagner\n - Kim Orders Boost to Nuclear Arsenal\nThe denial came on Sunday.",
     Want { text: "North Korea denied it.\nThe denial came on Sunday.", ..W }),
    ("id newspaper name as opener", "HARIAN DISWAY - Jabat tangan itu berlangsung hampir 40 detik.",
     Want { text: "Jabat tangan itu berlangsung hampir 40 detik.", outlet: Some("Harian Disway"), ..W }),
    ("id camel-case outlet as opener", "IDXChannel - Pertemuan puncak Putin dan Kim memicu kekhawatiran baru.",
     Want { text: "Pertemuan puncak Putin dan Kim memicu kekhawatiran baru.", outlet: Some("IDXChannel"), ..W }),
    ("id copyright of an unknown outlet", "Korea Utara membantah.\nCopyright \u{a9} Pontianak Post. All Rights Reserved",
     Want { text: "Korea Utara membantah.", outlet: Some("Pontianak Post"), ..W }),
    ("en copyright of an unknown outlet with a company suffix", "North Korea denied it.\n\u{a9} 2024 The Irish Times DAC",
     Want { text: "North Korea denied it.", outlet: Some("The Irish Times"), ..W }),
    ("en copyright of a parent company names no outlet", "North Korea denied it.\nCopyright 2022 Nexstar Media Inc. All rights reserved.",
     Want { text: "North Korea denied it.", ..W }),
    // ---- Normalization
    ("bom controls crlf", "\u{FEFF}Korea  Utara\t menolak.\r\n\r\n  Rusia   diam. \u{7}",
     Want { text: "Korea Utara menolak.\nRusia diam.", ..W }),
    ("nfc and nbsp", "Cafe\u{301} di\u{a0}Jakarta\u{200B} buka.",
     Want { text: "Café di Jakarta buka.", ..W }),
    ("quotes and dashes kept", "“Kami” — kata dia — ‘tidak’ menjual.",
     Want { text: "“Kami” — kata dia — ‘tidak’ menjual.", ..W }),
    ("en a copyright line after the name names the publisher among trailing tags", "Pyongyang denied it.\nConsider supporting us.\nKyiv Independent \u{a9} 2024\nNorth Korea  Russia",
     Want { text: "Pyongyang denied it.\nConsider supporting us.\nKyiv Independent \u{a9} 2024\nNorth Korea Russia", outlet: Some("The Kyiv Independent"), ..W }),
    ("en a reader appeal names the publisher", "Pyongyang denied it.\nSupport Ukrainska Pravda on Patreon!\nSubjects: North Korea",
     Want { text: "Pyongyang denied it.\nSupport Ukrainska Pravda on Patreon!\nSubjects: North Korea", outlet: Some("Ukrainska Pravda"), ..W }),
    ("en an appeal to support a country names no outlet", "Pyongyang denied it.\nSupport Ukraine today.",
     Want { text: "Pyongyang denied it.\nSupport Ukraine today.", ..W }),
    ("en a contribution credit names the publisher, not an agency", "Pyongyang denied it.\nThe Hill's Sarah Whitfield contributed.",
     Want { text: "Pyongyang denied it.\nThe Hill's Sarah Whitfield contributed.", outlet: Some("The Hill"), ..W }),
    ("en an agency's contribution credit names no outlet", "Pyongyang denied it.\nReuters' Sam Meredith contributed to this report.",
     Want { text: "Pyongyang denied it.\nReuters' Sam Meredith contributed to this report.", ..W }),
    ("en an outlet as the byline is the outlet, not the author", "North Korea denies it\nBy RFE/RL\nPyongyang denied it.",
     Want { text: "North Korea denies it\nPyongyang denied it.", title: Some("North Korea denies it"), outlet: Some("Radio Free Europe/Radio Liberty"), ..W }),
    ("id a lead opening with a dateline under a photo credit is body, not caption", "Korut Kirim 12.000 Tentara ke Rusia\nFoto satelit yang dirilis NIS pada Jumat (18/10/2024) memperlihatkan kapal.\nAP/NATIONAL INTELLIGENCE SERVICE\n\nJAKARTA, KOMPAS \u{2014} Korea Utara disebut telah mengirim 12.000 tentara.\n\nNIS menyebut pasukan.",
     Want { text: "Korut Kirim 12.000 Tentara ke Rusia\nKorea Utara disebut telah mengirim 12.000 tentara.\nNIS menyebut pasukan.", title: Some("Korut Kirim 12.000 Tentara ke Rusia"), outlet: Some("Kompas"), dateline: Some("Jakarta"), ..W }),
    ("en a 'Write:' stamp with its update dates the page", "N. Korea Denies Arms Supply to Russia\nWrite: 2022-12-23 10:46:31 Update: 2022-12-23 16:20:08\nNorth Korea has flatly denied reports.",
     Want { text: "N. Korea Denies Arms Supply to Russia\nNorth Korea has flatly denied reports.", title: Some("N. Korea Denies Arms Supply to Russia"), header_date: Some("2022-12-23 10:46:31"), ..W }),
    ("id a 'Baca Lainnya' label takes the teaser headlines under it", "Korut membantah laporan itu.\n\nBaca Lainnya\nChina Mengaku Tak Tahu soal Tentara Korut di Rusia\nZelensky: 10 Ribu Tentara Korut Siap Diterjunkan",
     Want { text: "Korut membantah laporan itu.", ..W }),
    ("en a label takes the unmarked run of headlines under it, and the body resumes", "The NIS briefed lawmakers.\nRelated Article\nKim Jong-un oversees launch of 5,000-ton destroyer Choe Hyon\nNorth Korea says it will 'never' give up nuclear weapons as Trump seeks talks\nWhat the North is getting in return has been a central concern for Seoul.",
     Want { text: "The NIS briefed lawmakers.\nWhat the North is getting in return has been a central concern for Seoul.", ..W }),
    ("id a label over one headline leaves the paragraph after it", "Korut membantah laporan itu.\nBerita Terkait\nZelensky: 10 Ribu Tentara Korut Siap Diterjunkan\nKementerian Luar Negeri Rusia menyebut tudingan itu tidak berdasar.\nPeskov juga membantah.",
     Want { text: "Korut membantah laporan itu.\nKementerian Luar Negeri Rusia menyebut tudingan itu tidak berdasar.\nPeskov juga membantah.", ..W }),
    ("en a byline with its outlet in brackets, and a place before a bullet and the date", "Putin, Kim seal defense pact\nThe treaty commits Moscow and Pyongyang to military assistance.\nNadya Kusumawardhani (The Jakarta Post)\nJakarta \u{25CF} Thu, June 20, 2024\nRussian President Vladimir Putin and North Korean leader Kim Jong Un signed a pact on Wednesday that commits each side to come to the other's aid, a deal allies fear will deepen an arms-for-technology trade between them.",
     Want { text: "Putin, Kim seal defense pact\nThe treaty commits Moscow and Pyongyang to military assistance.\nRussian President Vladimir Putin and North Korean leader Kim Jong Un signed a pact on Wednesday that commits each side to come to the other's aid, a deal allies fear will deepen an arms-for-technology trade between them.", title: Some("Putin, Kim seal defense pact"), outlet: Some("The Jakarta Post"), author: Some("Nadya Kusumawardhani"), dateline: Some("Jakarta"), header_date: Some("Thu, June 20, 2024"), ..W }),
    ("en the outlet's own request for comment names it", "Kim Yo Jong calls arms claims absurd\nNorth Korea denied selling arms to Russia.\nNewsweek has reached out to the Russian Foreign Ministry for comment via email.\nThe UN panel said otherwise.",
     Want { text: "Kim Yo Jong calls arms claims absurd\nNorth Korea denied selling arms to Russia.\nNewsweek has reached out to the Russian Foreign Ministry for comment via email.\nThe UN panel said otherwise.", title: Some("Kim Yo Jong calls arms claims absurd"), outlet: Some("Newsweek"), ..W }),
    ("en an agency's request for comment names no outlet", "Kim Yo Jong calls arms claims absurd\nNorth Korea denied selling arms to Russia.\nReuters has contacted the Russian Foreign Ministry for comment.",
     Want { text: "Kim Yo Jong calls arms claims absurd\nNorth Korea denied selling arms to Russia.\nReuters has contacted the Russian Foreign Ministry for comment.", title: Some("Kim Yo Jong calls arms claims absurd"), ..W }),
    ("en a date line closes the page under its credits; topic and keyword lines name no outlet", "US says North Korea delivered rockets to Wagner\nThe United States on Thursday said North Korea had delivered rockets.\nar/rs (AP, Reuters, AFP)\nDate 23.12.2022\nRelated Subjects North Korea, Russia, Wagner Group\nKeywords North Korea, Russia, Wagner, KCNA\nSend us your feedback\nPrint Print this page",
     Want { text: "US says North Korea delivered rockets to Wagner\nThe United States on Thursday said North Korea had delivered rockets.\nar/rs (AP, Reuters, AFP)", title: Some("US says North Korea delivered rockets to Wagner"), header_date: Some("23.12.2022"), ..W }),
    ("en a dashed byline with the outlet between the name and the date", "North Korea armed Wagner mercenaries\nBy Marcus Heller - The Washington Times - Friday, December 23, 2022\nNorth Korea has shipped infantry rockets and missiles to the Wagner Group, the White House said Thursday.",
     Want { text: "North Korea armed Wagner mercenaries\nNorth Korea has shipped infantry rockets and missiles to the Wagner Group, the White House said Thursday.", title: Some("North Korea armed Wagner mercenaries"), outlet: Some("The Washington Times"), author: Some("Marcus Heller"), header_date: Some("Friday, December 23, 2022"), ..W }),
    ("en a headline in capitals inside the body is a teaser link", "Kim Yo Jong calls arms claims absurd\nNorth Korea's leader's sister on Friday called claims that her country exported weapons to Russia an absurd paradox, in a statement carried by the state news agency KCNA.\nNORTH KOREA SENDING WORKERS, MILITARY ENGINEERS TO RUSSIAN-OCCUPIED UKRAINE, SEOUL OFFICIAL SAYS\nThe statement came days after the UN panel's mandate lapsed.",
     Want { text: "Kim Yo Jong calls arms claims absurd\nNorth Korea's leader's sister on Friday called claims that her country exported weapons to Russia an absurd paradox, in a statement carried by the state news agency KCNA.\nThe statement came days after the UN panel's mandate lapsed.", title: Some("Kim Yo Jong calls arms claims absurd"), ..W }),
    // (the byline's service of a known outlet names it: "for RFA Korean")
    ("en a numeric date before the dateline's place and country", "Captured soldiers say they were told war was training\nBy Han Seo-yeon for RFA Korean\n2025.01.13 Seoul, South Korea\nOne of two North Korean soldiers captured by Ukraine in Russia's Kursk region told interrogators he had been led to believe he was being sent to a training exercise.",
     Want { text: "Captured soldiers say they were told war was training\nOne of two North Korean soldiers captured by Ukraine in Russia's Kursk region told interrogators he had been led to believe he was being sent to a training exercise.", title: Some("Captured soldiers say they were told war was training"), outlet: Some("Radio Free Asia"), author: Some("Han Seo-yeon"), dateline: Some("Seoul"), header_date: Some("2025.01.13"), ..W }),
    // an author's note names the publisher; the outlet's own caution does too
    ("en author's note", "Russia fired North Korean missiles at Ukraine, Kyiv said.\n\nOksana Hrytsenko is the Kyiv-based correspondent for Defense News. She covers the war in Ukraine.",
     Want { text: "Russia fired North Korean missiles at Ukraine, Kyiv said.\nOksana Hrytsenko is the Kyiv-based correspondent for Defense News. She covers the war in Ukraine.", outlet: Some("Defense News"), ..W }),
    ("en outlet not verified", "A UN panel said the debris came from a North Korean missile. NBC News has not independently verified the report's findings.",
     Want { text: "A UN panel said the debris came from a North Korean missile. NBC News has not independently verified the report's findings.", outlet: Some("NBC News"), ..W }),
    ("en text by credit", "Text by: FRANCE 24\nSeoul (AFP) – North Korea's vice foreign minister said he had no knowledge of it.",
     Want { text: "North Korea's vice foreign minister said he had no knowledge of it.", outlet: Some("France 24"), wire: Some("AFP"), dateline: Some("Seoul"), ..W }),
    ("id site name spaced as the rights line", "KALTIMPOST.ID, SEOUL–Badan Intelijen Nasional Korea Selatan memperkirakan 3.000 tentara Korea Utara sudah diberangkatkan ke Rusia.\nCopyright © 2024 Kaltim Post. All rights reserved.",
     Want { text: "Badan Intelijen Nasional Korea Selatan memperkirakan 3.000 tentara Korea Utara sudah diberangkatkan ke Rusia.", outlet: Some("Kaltim Post"), dateline: Some("Seoul"), ..W }),
    ("id site address is no place", "RM.id  Rakyat Merdeka - Presiden Rusia Vladimir Putin memberi sinyal kuat akan membantu Korea Utara membangun satelit.",
     Want { text: "Presiden Rusia Vladimir Putin memberi sinyal kuat akan membantu Korea Utara membangun satelit.", outlet: Some("Rakyat Merdeka"), ..W }),
    ("en date line with outlet after a slash", "Updated on: December 22, 2022 / 6:41 PM EST / CBS News\nThe United States said North Korea delivered rockets to Wagner.",
     Want { text: "The United States said North Korea delivered rockets to Wagner.", outlet: Some("CBS News"), header_date: Some("December 22, 2022 / 6:41 PM EST"), ..W }),
    ("id bracketed dateline", "[VOSTOCHNY] Presiden Rusia Vladimir Putin menyambut pemimpin Korea Utara Kim Jong-un.",
     Want { text: "Presiden Rusia Vladimir Putin menyambut pemimpin Korea Utara Kim Jong-un.", dateline: Some("Vostochny"), ..W }),
    ("id place bar outlet dash", "SEOUL | Jurnal Asia – Badan Intelijen Nasional Korea Selatan memastikan dua tentara Korea Utara masih hidup.",
     Want { text: "Badan Intelijen Nasional Korea Selatan memastikan dua tentara Korea Utara masih hidup.", outlet: Some("Jurnal Asia"), dateline: Some("Seoul"), ..W }),
    ("en outlet alone under the title; a body phrase is no outlet", "North Korea confirms it sent troops\nThe National\nThe National Intelligence Service said it had tracked the deployment.",
     Want { text: "North Korea confirms it sent troops\nThe National Intelligence Service said it had tracked the deployment.", title: Some("North Korea confirms it sent troops"), outlet: Some("The National"), ..W }),
    ("id site address glued to a bar", "suarasurabaya.net| Vladimir Putin menyatakan Moskow akan membantu Korea Utara membangun satelit.",
     Want { text: "Vladimir Putin menyatakan Moskow akan membantu Korea Utara membangun satelit.", outlet: Some("Suarasurabaya"), ..W }),
    ("en agency dateline with the country; the rights line names the outlet", "United Nations (United States) (AFP) — The United States accused Russia at the UN Security Council on Wednesday.\nCopyright © 2024 Al-Monitor, LLC. All rights reserved.",
     Want { text: "The United States accused Russia at the UN Security Council on Wednesday.", outlet: Some("Al-Monitor"), wire: Some("AFP"), dateline: Some("United Nations"), ..W }),
    ("en the agency's own rights line keeps it the outlet", "SEOUL, April 28 (UPI) -- North Korea confirmed on Monday that it had deployed combat troops.\nCopyright 2025 United Press International, Inc. All Rights Reserved.",
     Want { text: "North Korea confirmed on Monday that it had deployed combat troops.", outlet: Some("UPI"), wire: Some("UPI"), dateline: Some("Seoul"), header_date: Some("April 28"), ..W }),
    ("en date line, a dash and the place in capitals", "Kim Yo Jong denies arms exports\nPublished - May 17, 2024 11:14 am IST - SEOUL\nKim Yo Jong on Friday rejected as absurd speculation that her country was exporting weapons.",
     Want { text: "Kim Yo Jong denies arms exports\nKim Yo Jong on Friday rejected as absurd speculation that her country was exporting weapons.", title: Some("Kim Yo Jong denies arms exports"), dateline: Some("Seoul"), header_date: Some("May 17, 2024 11:14 am IST"), ..W }),
    ("en byline for an outlet in capitals", "Kim's soldiers taken alive\nBy TOM RAWLINGS FOR MAILONLINE\nZelensky said two North Korean soldiers were seized by Ukrainian forces in Kursk.",
     Want { text: "Kim's soldiers taken alive\nZelensky said two North Korean soldiers were seized by Ukrainian forces in Kursk.", title: Some("Kim's soldiers taken alive"), outlet: Some("MailOnline"), author: Some("TOM RAWLINGS"), ..W }),
    ("en rights line of two owners after closing headlines", "Seoul said North Korea sent troops to Russia.\nRelated Articles\n- N.Korean Troops Suffer Heavy Losses in Kursk, NIS Says\n- Kim Jong-un Vows Support for Russia\nCopyright © Chosun Ilbo & Chosun.com",
     Want { text: "Seoul said North Korea sent troops to Russia.", outlet: Some("Chosun Ilbo"), ..W }),
    ("id short outlet name in a dateline", "Vladivostok, HanTer - Presiden Rusia Vladimir Putin menyambut Kim Jong Un di Kosmodrom Vostochny.",
     Want { text: "Presiden Rusia Vladimir Putin menyambut Kim Jong Un di Kosmodrom Vostochny.", outlet: Some("Harian Terbit"), dateline: Some("Vladivostok"), ..W }),
    ("en rights line closed by a bar", "North Korea denied arming Wagner.\nCopyright © 2023, Los Angeles Times | Terms of Service | Privacy Policy",
     Want { text: "North Korea denied arming Wagner.", outlet: Some("Los Angeles Times"), ..W }),
    ("en syndication credit names the outlet", "North Korea admitted for the first time that it sent troops to fight for Russia.\nRead the original article on Business Insider",
     Want { text: "North Korea admitted for the first time that it sent troops to fight for Russia.", outlet: Some("Business Insider"), ..W }),
    ("en source, date and editor glued by bars", "DPRK rejects U.S. claim\nSource: Xinhua| 2023-01-22 11:05:48|Editor: huaxia\nPYONGYANG, Jan. 22 (Xinhua) -- A senior official on Sunday dismissed the claim as groundless.",
     Want { text: "DPRK rejects U.S. claim\nA senior official on Sunday dismissed the claim as groundless.", title: Some("DPRK rejects U.S. claim"), outlet: Some("Xinhua"), wire: Some("Xinhua"), editor: Some("huaxia"), dateline: Some("Pyongyang"), header_date: Some("2023-01-22 11:05:48"), ..W }),
    ("en rights notice closing a line of reprint terms", "Kim Yo Jong called the reports absurd.\nWhen quoting and using any materials on the Internet, hyperlinks not lower than the first paragraph to \"ukrinform.net\" are mandatory. All rights reserved © Ukrinform 2015-2024",
     Want { text: "Kim Yo Jong called the reports absurd.", outlet: Some("Ukrinform"), ..W }),
    ("id caption as a bare dateline under its credit, the outlet's opener after it", "Putin Tak Bantah Ada Tentara Korea Utara di Rusia\nAFP/POOL\nPUTIN DI KAZAN - Presiden Rusia Vladimir Putin menjawab pertanyaan wartawan usai KTT BRICS di Kazan.\nTRIBUNKALTIM.CO, SEOUL - Badan Intelijen Nasional Korea Selatan memperkirakan sekitar 3.000 tentara Korea Utara sudah dikirim ke Rusia.",
     Want { text: "Putin Tak Bantah Ada Tentara Korea Utara di Rusia\nBadan Intelijen Nasional Korea Selatan memperkirakan sekitar 3.000 tentara Korea Utara sudah dikirim ke Rusia.", title: Some("Putin Tak Bantah Ada Tentara Korea Utara di Rusia"), outlet: Some("Tribunkaltim"), dateline: Some("Seoul"), ..W }),
    ("en rights notice after a period, closing reprint terms", "Zelensky said the soldiers were captured in Kursk.\nWhen citing and using any materials on the Internet, open for search engines hyperlinks not lower than the first paragraph to \"unian.info\" are mandatory. © 2025 UNIAN. All rights reserved.",
     Want { text: "Zelensky said the soldiers were captured in Kursk.", outlet: Some("UNIAN"), ..W }),
    ("en credit line of the publisher with its agency, a date line with the clock's city", "North Korea confirms it sent troops\nLe Monde with AFP\nPublished on April 28, 2025, at 10:06 am (Paris), updated at 2:31 pm\nNorth Korea on Monday acknowledged for the first time that it had sent troops.\nLe Monde with AFP",
     Want { text: "North Korea confirms it sent troops\nNorth Korea on Monday acknowledged for the first time that it had sent troops.", title: Some("North Korea confirms it sent troops"), outlet: Some("Le Monde"), wire: Some("AFP"), header_date: Some("April 28, 2025, at 10:06 am"), ..W }),
    ("en the publisher and a date after a bullet, under a byline", "Captured soldiers are proof, Seoul says\nBy JOON KWAK\nSTARS AND STRIPES • January 13, 2025\nSEOUL, South Korea — South Korea's spy agency said Monday that 300 soldiers had been killed.",
     Want { text: "Captured soldiers are proof, Seoul says\nSouth Korea's spy agency said Monday that 300 soldiers had been killed.", title: Some("Captured soldiers are proof, Seoul says"), outlet: Some("STARS AND STRIPES"), author: Some("JOON KWAK"), dateline: Some("Seoul"), header_date: Some("January 13, 2025"), ..W }),
    ("en the publisher and a clock and date after a slash, under a byline", "Putin-Kim pact: Russia 'does not rule out' arms tech\nBy: Agence France-Presse - @inquirerdotnet\nPhilippine Daily Inquirer / 05:07 AM June 21, 2024\nSEOUL, South Korea — Russian President Vladimir Putin said Moscow does not rule out cooperation.",
     Want { text: "Putin-Kim pact: Russia 'does not rule out' arms tech\nRussian President Vladimir Putin said Moscow does not rule out cooperation.", title: Some("Putin-Kim pact: Russia 'does not rule out' arms tech"), outlet: Some("Philippine Daily Inquirer"), wire: Some("AFP"), dateline: Some("Seoul"), header_date: Some("05:07 AM June 21, 2024"), ..W }),
    ("en a name and a date after a bullet without a byline is the author's", "Kim meets Putin\nJane Doe • September 13, 2023\nMOSCOW — Kim Jong Un met Vladimir Putin.",
     Want { text: "Kim meets Putin\nKim Jong Un met Vladimir Putin.", title: Some("Kim meets Putin"), author: Some("Jane Doe"), dateline: Some("Moscow"), header_date: Some("September 13, 2023"), ..W }),
    ("id dateline and site in brackets before a colon", "SEOUL (Waspada.id): Sekitar 3.000 tentara Korea Utara diyakini sudah berada di Rusia.",
     Want { text: "Sekitar 3.000 tentara Korea Utara diyakini sudah berada di Rusia.", outlet: Some("Waspada"), dateline: Some("Seoul"), ..W }),
    ("id a word before the dash that the page names as its site is the outlet", "Putin Isyaratkan Bantu Korut\nBATAMPOS – Presiden Rusia Vladimir Putin menjamu Pemimpin Korea Utara Kim Jong Un.\nIkuti Batampos.co.id di Google News",
     Want { text: "Putin Isyaratkan Bantu Korut\nPresiden Rusia Vladimir Putin menjamu Pemimpin Korea Utara Kim Jong Un.\nIkuti Batampos.co.id di Google News", title: Some("Putin Isyaratkan Bantu Korut"), outlet: Some("Batampos"), ..W }),
    ("id translator's credit for an outlet the lexicon does not know", "Korea Utara Sebut Tuduhan Absurd\nSabtu, 24 Desember 2022\nDiterjemahkan oleh: Nadia Rahmawati untuk Mata Mata Politik\nKorea Utara pada Jumat menepis laporan itu.",
     Want { text: "Korea Utara Sebut Tuduhan Absurd\nKorea Utara pada Jumat menepis laporan itu.", title: Some("Korea Utara Sebut Tuduhan Absurd"), outlet: Some("Mata Mata Politik"), author: Some("Nadia Rahmawati"), header_date: Some("Sabtu, 24 Desember 2022"), ..W }),
    ("en a photo credit with the sign names no publisher", "Putin does not rule out cooperation\nPutin and Kim during the signing ceremony in Pyongyang, June 19, 2024. © Sputnik / Gavriil Grigorov\nThe Russian president said the treaty was defensive.",
     Want { text: "Putin does not rule out cooperation\nThe Russian president said the treaty was defensive.", title: Some("Putin does not rule out cooperation"), ..W }),
    ("en the publisher's name in a syndication note and a closing date line", "North Korea confirmed it sent troops.\n(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
     Want { text: "North Korea confirmed it sent troops.\n(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)", outlet: Some("NDTV"), ..W }),
    ("en place and date before a dash", "Kim calls claims absurd\nSEOUL, May 17 — The powerful sister of North Korean leader Kim Jong Un today dismissed the accusations.",
     Want { text: "Kim calls claims absurd\nThe powerful sister of North Korean leader Kim Jong Un today dismissed the accusations.", title: Some("Kim calls claims absurd"), dateline: Some("Seoul"), header_date: Some("May 17"), ..W }),
    ("id site, dash, place in capitals and a comma", "Korut Disebut Kirim Tentara\nSUMUTPOS.CO – SEOUL, Korea Utara disebut telah memutuskan mengirim sekitar 12.000 tentara.",
     Want { text: "Korut Disebut Kirim Tentara\nKorea Utara disebut telah memutuskan mengirim sekitar 12.000 tentara.", title: Some("Korut Disebut Kirim Tentara"), outlet: Some("Sumutpos"), dateline: Some("Seoul"), ..W }),
    ("id a site's one-word name is written as the page spells it in words elsewhere", "POSBELITUNG.CO, SEOUL - Badan Intelijen Nasional Korea Selatan menyatakan Korea Utara telah mengirim pasukan ke Rusia.\nBaca berita Pos Belitung lainnya di Google News",
     Want { text: "Badan Intelijen Nasional Korea Selatan menyatakan Korea Utara telah mengirim pasukan ke Rusia.\nBaca berita Pos Belitung lainnya di Google News", outlet: Some("Pos Belitung"), dateline: Some("Seoul"), ..W }),
    ("id a hyphened site name", "TRIBUN-BALI.COM, WASHINGTON - Amerika Serikat menuding Korea Utara mengirim senjata.\nIkuti saluran Tribun Bali di WhatsApp",
     Want { text: "Amerika Serikat menuding Korea Utara mengirim senjata.\nIkuti saluran Tribun Bali di WhatsApp", outlet: Some("Tribun Bali"), dateline: Some("Washington"), ..W }),
    ("en \"and\" inside a company's name in the copyright line", "Ukraine said its forces captured two North Korean soldiers in Kursk.\n© Copyright 2025 The Globe and Mail Inc. All rights reserved.",
     Want { text: "Ukraine said its forces captured two North Korean soldiers in Kursk.", outlet: Some("The Globe and Mail"), ..W }),
    ("en a label alone over two linked headlines in the body", "The Pentagon said about 10,000 North Korean soldiers had been sent to train in eastern Russia.\nALSO READ\nRussia denies firing North Korean missiles at Kharkiv\nKim Jong Un inspects nuclear material production base\nMoscow has sent mixed signals.",
     Want { text: "The Pentagon said about 10,000 North Korean soldiers had been sent to train in eastern Russia.\nMoscow has sent mixed signals.", ..W }),
    ("en a link label naming its outlet over linked headlines", "Most Read from Bloomberg\nChina's Stocks Slide as Stimulus Doubts Resurface\nUkraine Says North Korean Shells Now Make Up Half of Russia's Ammunition\n(Bloomberg) -- North Korea has sent about 1,500 special forces troops to Russia's Far East, South Korea's spy agency said.",
     Want { text: "North Korea has sent about 1,500 special forces troops to Russia's Far East, South Korea's spy agency said.", outlet: Some("Bloomberg"), wire: Some("Bloomberg"), ..W }),
    ("en a site under a country domain opens the body", "VOV.VN - The Democratic People's Republic of Korea on Sunday rejected as \"groundless\" US accusations.",
     Want { text: "The Democratic People's Republic of Korea on Sunday rejected as \"groundless\" US accusations.", outlet: Some("Vov"), ..W }),
    ("en a 'Publication date' label", "Publication date 23 December 2022 | 08:12 ICT\nWASHINGTON (AFP) – North Korea has delivered infantry rockets to Wagner, the White House said.",
     Want { text: "North Korea has delivered infantry rockets to Wagner, the White House said.", outlet: Some("AFP"), wire: Some("AFP"), dateline: Some("Washington"), header_date: Some("23 December 2022 | 08:12 ICT"), ..W }),
    ("en an unknown name ending with a newspaper's word in an opener's parentheses", "TAIPEI (Taiwan News) — Putin suggested Moscow would help North Korea build satellites.",
     Want { text: "Putin suggested Moscow would help North Korea build satellites.", outlet: Some("Taiwan News"), dateline: Some("Taipei"), ..W }),
    ("en a country in an opener's parentheses is no outlet", "SEOUL (South Korea) - Officials said North Korea sent troops.",
     Want { text: "SEOUL (South Korea) - Officials said North Korea sent troops.", ..W }),
    ("id a newspaper's first word opens an outlet, not a place", "KABAR BANTEN - Presiden Rusia Vladimir Putin memberi sinyal kuat.",
     Want { text: "Presiden Rusia Vladimir Putin memberi sinyal kuat.", outlet: Some("Kabar Banten"), dateline: None, ..W }),
    ("en an ANI dateline: the place, its country in brackets, the date and the agency", "Kyiv [Ukraine], January 13 (ANI): Zelensky said Kyiv is ready to hand over two soldiers.",
     Want { text: "Zelensky said Kyiv is ready to hand over two soldiers.", outlet: Some("ANI"), wire: Some("ANI"), dateline: Some("Kyiv"), header_date: Some("January 13"), ..W }),
    ("en a bare link prefix alone on its line over two headlines: both are links", "North Korea rejected speculation that it sells weapons to Russia.\nRead More:\nNepal asks Moscow to repatriate bodies of Nepalis killed in Ukraine war\nChina calls reports of North Korean arms for Russia 'pure speculation'\nBut the denial sits awkwardly with the findings of the panel.",
     Want { text: "North Korea rejected speculation that it sells weapons to Russia.\nBut the denial sits awkwardly with the findings of the panel.", ..W }),
    ("id a body paragraph after a bare prefix's headline keeps its first sentence", "NIS belum dapat memastikan transfer itu.\nBaca Juga:\nChina Mengaku Tak Tahu Soal Tentara Korut di Rusia\nPada hari yang sama, Lloyd Austin menyatakan ada bukti keberadaan tentara Korut di Rusia.\"Apa yang mereka lakukan di sana masih harus kita lihat,\" ujar Austin.",
     Want { text: "NIS belum dapat memastikan transfer itu.\nPada hari yang sama, Lloyd Austin menyatakan ada bukti keberadaan tentara Korut di Rusia.\"Apa yang mereka lakukan di sana masih harus kita lihat,\" ujar Austin.", ..W }),
    ("en a dateline with its date in parentheses before a colon", "VOSTOCHNY COSMODROME, Russia (Sept 13): Putin said he would help North Korea build satellites.",
     Want { text: "Putin said he would help North Korea build satellites.", dateline: Some("Vostochny Cosmodrome"), header_date: Some("Sept 13"), ..W }),
    ("id a bare 'Lihat Juga :' label over a headline", "Kim menyatakan Korut akan selalu berdiri bersama Rusia.\nLihat Juga :\nUkraina Klaim Rusia Sudah Tembakkan Peluru Artileri Buatan Korut\nJuru bicara Kremlin Dmitry Peskov mengatakan tidak ada perjanjian.",
     Want { text: "Kim menyatakan Korut akan selalu berdiri bersama Rusia.\nJuru bicara Kremlin Dmitry Peskov mengatakan tidak ada perjanjian.", ..W }),
    // a rights line without a sign or the word "copyright" names the publisher
    ("en all-rights line names the publisher", "North Korea sent ammunition.\nKEYWORDS\nNorth Korea, Russia\nTHE JAPAN TIMES LTD. ALL RIGHTS RESERVED.",
     Want { text: "North Korea sent ammunition.\nKEYWORDS\nNorth Korea, Russia\nTHE JAPAN TIMES LTD. ALL RIGHTS RESERVED.", outlet: Some("The Japan Times"), ..W }),
    // newsletter and read-more appeals name the publisher; a site address is one of its forms
    ("en newsletter appeal names the publisher", "Russia fired the missiles.\nEdited by Mark Hensley\nGet NK News in your inbox. Subscribe to our daily newsletter.",
     Want { text: "Russia fired the missiles.\nGet NK News in your inbox. Subscribe to our daily newsletter.", outlet: Some("NK News"), editor: Some("Mark Hensley"), ..W }),
    ("en read-more line names the publisher by its site", "Seoul said 3,000 troops were sent.\nREUTERS, AFP\nRead more at straitstimes.com.",
     Want { text: "Seoul said 3,000 troops were sent.\nREUTERS, AFP", outlet: Some("The Straits Times"), ..W }),
    ("id google news line names the publisher", "Putin tidak membantah.\n(mas)\nBaca berita terkini SINDOnews.com lainnya di Google News",
     Want { text: "Putin tidak membantah.\n(mas)\nBaca berita terkini SINDOnews.com lainnya di Google News", outlet: Some("Sindonews"), ..W }),
    // an appeal as a later sentence of a line names the publisher
    ("en appeal after another sentence names the publisher", "Seoul confirmed the capture.\nWe've been working hard to bring you news from Ukraine. Consider supporting the Kyiv Independent.",
     Want { text: "Seoul confirmed the capture.\nWe've been working hard to bring you news from Ukraine. Consider supporting the Kyiv Independent.", outlet: Some("The Kyiv Independent"), ..W }),
    ("id follow line names the publisher", "Korea Utara membantah.\nIkuti VOA Indonesia di Facebook, Instagram, dan YouTube",
     Want { text: "Korea Utara membantah.\nIkuti VOA Indonesia di Facebook, Instagram, dan YouTube", outlet: Some("VOA Indonesia"), ..W }),
    // a bare link to the page names its publisher by a domain of its host
    ("en page link names the publisher", "Kim Yo Jong calls claims absurd\nhttps://p.dw.com/p/4fwP2\nKim Yo Jong denied the reports.",
     Want { text: "Kim Yo Jong calls claims absurd\nhttps://p.dw.com/p/4fwP2\nKim Yo Jong denied the reports.", title: Some("Kim Yo Jong calls claims absurd"), outlet: Some("DW"), ..W }),
    ("id a rights line of an outlet with an Indonesian edition names the edition", "Korea Utara akui kirim tentara ke Rusia\n28 April 2025\nKorea Utara untuk pertama kalinya mengakui telah mengirim tentara ke Rusia untuk membantu Moskow berperang melawan Ukraina, setelah berbulan-bulan bungkam.\nPara analis menilai pengakuan itu menandai babak baru hubungan kedua negara.\n© 2025 BBC. BBC tidak bertanggung jawab atas konten dari situs eksternal.",
     Want { text: "Korea Utara akui kirim tentara ke Rusia\nKorea Utara untuk pertama kalinya mengakui telah mengirim tentara ke Rusia untuk membantu Moskow berperang melawan Ukraina, setelah berbulan-bulan bungkam.\nPara analis menilai pengakuan itu menandai babak baru hubungan kedua negara.", title: Some("Korea Utara akui kirim tentara ke Rusia"), outlet: Some("BBC News Indonesia"), header_date: Some("28 April 2025"), ..W }),
    ("id a dateline written the language's way takes the place's one name", "Rusia bantah laporan\nMOSKOW, KOMPAS.com - Kremlin membantah laporan bahwa Korea Utara mengirim senjata ke Rusia.",
     Want { text: "Rusia bantah laporan\nKremlin membantah laporan bahwa Korea Utara mengirim senjata ke Rusia.", title: Some("Rusia bantah laporan"), outlet: Some("Kompas"), dateline: Some("Moscow"), ..W }),
    ("en city and country over a dash", "Putin hints at satellite help\nSeoul, South Korea \u{2013} Russian President Vladimir Putin has signalled that Moscow could help North Korea build satellites.",
     Want { text: "Putin hints at satellite help\nRussian President Vladimir Putin has signalled that Moscow could help North Korea build satellites.", title: Some("Putin hints at satellite help"), dateline: Some("Seoul"), ..W }),
    ("en a source label in capitals closing a long body is no teaser headline", "Putin hints at satellite help\nPutin has signalled that Moscow could help North Korea build satellites, after hosting leader Kim Jong Un for talks at Russia's most modern spaceport.\nThe summit came as Russia's war in Ukraine grinds into its 19th month, with Moscow burning through artillery ammunition at a rate its factories cannot match.\nSOURCE: AL JAZEERA AND NEWS AGENCIES",
     Want { text: "Putin hints at satellite help\nPutin has signalled that Moscow could help North Korea build satellites, after hosting leader Kim Jong Un for talks at Russia's most modern spaceport.\nThe summit came as Russia's war in Ukraine grinds into its 19th month, with Moscow burning through artillery ammunition at a rate its factories cannot match.", title: Some("Putin hints at satellite help"), outlet: Some("Al Jazeera"), ..W }),
    ("en the outlet a speaker talks to publishes a text that names none elsewhere", "North Korea sent Russia 9 million shells, new sanctions monitor says\nNorth Korea has shipped at least 9 million rounds of artillery ammunition to Russia, according to the first report of the monitoring team.\n\"There is still no hard public evidence that Russia has handed over reentry vehicle technology,\" she told NK News.",
     Want { text: "North Korea sent Russia 9 million shells, new sanctions monitor says\nNorth Korea has shipped at least 9 million rounds of artillery ammunition to Russia, according to the first report of the monitoring team.\n\"There is still no hard public evidence that Russia has handed over reentry vehicle technology,\" she told NK News.", title: Some("North Korea sent Russia 9 million shells, new sanctions monitor says"), outlet: Some("NK News"), ..W }),
    ("en not an agency a speaker talks to", "Kim Yo Jong calls arms claims absurd\nThe powerful sister of North Korea's leader dismissed the accusations.\n\"Pyongyang is not selling shells,\" one official told Reuters.",
     Want { text: "Kim Yo Jong calls arms claims absurd\nThe powerful sister of North Korea's leader dismissed the accusations.\n\"Pyongyang is not selling shells,\" one official told Reuters.", title: Some("Kim Yo Jong calls arms claims absurd"), ..W }),
    ("en a headline over a byline after a label's teasers is the page's title", "Most Read from Bloomberg\nDimon Says Bond Market Will 'Crack' Under US Debt Load\nHong Kong's Housing Slump Drags On as Rents Hit Record\n\nNorth Korea Sent Russia 9 Million Shells Last Year, Monitors Say\n\nBy Soo-yeon Park and Takeshi Ando\nMay 29, 2025 at 5:10 PM GMT+9\n\n(Bloomberg) -- North Korea shipped at least 9 million rounds of artillery and rocket ammunition to Russia last year.",
     Want { text: "North Korea Sent Russia 9 Million Shells Last Year, Monitors Say\nNorth Korea shipped at least 9 million rounds of artillery and rocket ammunition to Russia last year.", title: Some("North Korea Sent Russia 9 Million Shells Last Year, Monitors Say"), outlet: Some("Bloomberg"), wire: Some("Bloomberg"), author: Some("Soo-yeon Park and Takeshi Ando"), header_date: Some("May 29, 2025 at 5:10 PM GMT+9"), ..W }),
    ("en a print-edition note names the publisher", "Putin leaves door open to arms cooperation\nRussian President Vladimir Putin said on Thursday that Moscow does not rule out military-technical cooperation with North Korea.\nThis article appeared in the South China Morning Post print edition as: Putin leaves door open to arms cooperation with North",
     Want { text: "Putin leaves door open to arms cooperation\nRussian President Vladimir Putin said on Thursday that Moscow does not rule out military-technical cooperation with North Korea.\nThis article appeared in the South China Morning Post print edition as: Putin leaves door open to arms cooperation with North", title: Some("Putin leaves door open to arms cooperation"), outlet: Some("South China Morning Post"), ..W }),
    ("en a reporting-from line under the byline gives the dateline", "Putin and Kim Pledge Mutual Defense\n\nBy Jin Yu-na and Thomas Pruitt\nReporting from Seoul\n\nPublished June 19, 2024\n\nPresident Vladimir V. Putin of Russia and Kim Jong-un signed a mutual defense treaty in Pyongyang on Wednesday.",
     Want { text: "Putin and Kim Pledge Mutual Defense\nPresident Vladimir V. Putin of Russia and Kim Jong-un signed a mutual defense treaty in Pyongyang on Wednesday.", title: Some("Putin and Kim Pledge Mutual Defense"), author: Some("Jin Yu-na and Thomas Pruitt"), dateline: Some("Seoul"), header_date: Some("June 19, 2024"), ..W }),
    ("id a caption under its social-handle credit over the outlet's own dateline", "Zelensky Tawarkan Tukar Tentara Korea Utara\n\nPenulis: Andini Putri Lestari\n\nTelegram/@V_Zelenskiy\nTangkapan layar video yang diunggah Presiden Ukraina Volodymyr Zelensky memperlihatkan seorang tentara Korea Utara.\n\nTRIBUNNEWS.COM, KYIV - Presiden Ukraina Volodymyr Zelensky mengatakan pasukan Ukraina menangkap dua tentara Korea Utara.",
     Want { text: "Zelensky Tawarkan Tukar Tentara Korea Utara\nPresiden Ukraina Volodymyr Zelensky mengatakan pasukan Ukraina menangkap dua tentara Korea Utara.", title: Some("Zelensky Tawarkan Tukar Tentara Korea Utara"), outlet: Some("Tribunnews"), author: Some("Andini Putri Lestari"), dateline: Some("Kyiv"), ..W }),
    ("en a caption and its credit over the outlet's own dateline", "Ukraine captures two North Korean soldiers\nBy Olena Markiv, CNN\n\nA wounded North Korean soldier is questioned by Ukrainian security officers in a video released on January 12, 2025.\nSecurity Service of Ukraine\nKyiv, Ukraine CNN \u{2014}\nUkraine is prepared to hand over two North Korean soldiers, President Volodymyr Zelensky said.",
     Want { text: "Ukraine captures two North Korean soldiers\nUkraine is prepared to hand over two North Korean soldiers, President Volodymyr Zelensky said.", title: Some("Ukraine captures two North Korean soldiers"), outlet: Some("CNN"), author: Some("Olena Markiv"), dateline: Some("Kyiv"), ..W }),
    ("en the publisher in the rights line names the paper", "Russia sent air defence missiles to North Korea\n\nSEOUL - Russia has supplied North Korea with anti-aircraft missiles, South Korea's top security official said.\n\nCopyright \u{a9} 2024 SPH Media Limited. All rights reserved.",
     Want { text: "Russia sent air defence missiles to North Korea\nRussia has supplied North Korea with anti-aircraft missiles, South Korea's top security official said.", title: Some("Russia sent air defence missiles to North Korea"), outlet: Some("The Straits Times"), dateline: Some("Seoul"), ..W }),
    ("en an agency caption with notes after its credit", "North Korea confirms for first time it sent troops to fight for Russia\n\nThis picture taken on April 26, 2025 and released from North Korea's official Korean Central News Agency (KCNA) via KNS on April 28 shows North Korean leader Kim Jong Un attending a meeting in Pyongyang. (Photo by KCNA VIA KNS / AFP) / South Korea OUT / ---EDITORS NOTE--- RESTRICTED TO EDITORIAL USE\n\nSeoul (AFP) - North Korea confirmed for the first time Monday that it had deployed troops to help Russia.",
     Want { text: "North Korea confirms for first time it sent troops to fight for Russia\nNorth Korea confirmed for the first time Monday that it had deployed troops to help Russia.", title: Some("North Korea confirms for first time it sent troops to fight for Russia"), outlet: Some("AFP"), wire: Some("AFP"), dateline: Some("Seoul"), ..W }),
    ("id an editor's pick is a link", "Korea Utara Kirim 12.000 Tentara ke Rusia\n\nTEMPO.CO, Jakarta - Badan intelijen Korea Selatan mengatakan Korea Utara mengirim pasukan ke Rusia.\n\nPilihan Editor: Korea Utara Ledakkan Jalan dan Rel Penghubung ke Korea Selatan\n\nNATO belum bisa memastikan laporan tersebut.",
     Want { text: "Korea Utara Kirim 12.000 Tentara ke Rusia\nBadan intelijen Korea Selatan mengatakan Korea Utara mengirim pasukan ke Rusia.\nNATO belum bisa memastikan laporan tersebut.", title: Some("Korea Utara Kirim 12.000 Tentara ke Rusia"), outlet: Some("Tempo"), dateline: Some("Jakarta"), ..W }),
    ("en an app prompt after another sentence names the publisher over the agency of the dateline", "Seoul (AFP) - Kim Yo Jong dismissed the claims.\n\u{a9} 2024 AFP\nTake international news everywhere with you! Download the France 24 app",
     Want { text: "Kim Yo Jong dismissed the claims.\n\u{a9} 2024 AFP\nTake international news everywhere with you! Download the France 24 app", outlet: Some("France 24"), wire: Some("AFP"), dateline: Some("Seoul"), ..W }),
    ("en a channel prompt names the publisher by its possessive", "Seoul's spy agency said 12,000 troops were sent.\nGet WhatsApp alerts\nJoin CNA's WhatsApp Channel and get our pick of top stories delivered to you.",
     Want { text: "Seoul's spy agency said 12,000 troops were sent.\nGet WhatsApp alerts\nJoin CNA's WhatsApp Channel and get our pick of top stories delivered to you.", outlet: Some("CNA"), ..W }),
    ("id a legal form before a company's name is no outlet", "Putin signed the pact.\nGet the best of The Jakarta Post in your inbox. Sign up for our newsletters.\nCopyright 2016 - 2024 PT. Bina Media Tenggara",
     Want { text: "Putin signed the pact.\nGet the best of The Jakarta Post in your inbox. Sign up for our newsletters.", outlet: Some("The Jakarta Post"), ..W }),
    ("en a company's name in the rights line gives way to the outlet a share prompt names with the same first word", "Zelenskyy offers to swap captured soldiers\nVolodymyr Zelenskyy said Ukraine is ready to hand over two North Korean soldiers.\nFollow Sky News on WhatsApp\n\u{a9} 2025 Sky UK",
     Want { text: "Zelenskyy offers to swap captured soldiers\nVolodymyr Zelenskyy said Ukraine is ready to hand over two North Korean soldiers.\nFollow Sky News on WhatsApp", title: Some("Zelenskyy offers to swap captured soldiers"), outlet: Some("Sky News"), ..W }),
    ("id a link line in parentheses", "Putin dan Kim bertemu di Vostochny.\n(Baca juga: Sanksi Baru AS untuk Jaringan Pemasok Senjata Korut)\nSeoul dan Tokyo Memantau\nKementerian Unifikasi Korea Selatan memantau pertemuan itu.",
     Want { text: "Putin dan Kim bertemu di Vostochny.\nSeoul dan Tokyo Memantau\nKementerian Unifikasi Korea Selatan memantau pertemuan itu.", ..W }),
    ("en an outlet's site between slashes in a dated byline is the publisher, no author", "North Korea confirms it sent troops\nTOI World Desk / TIMESOFINDIA.COM / Updated: Apr 28, 2025, 15:42 IST\nNorth Korea confirmed it had sent troops to Russia.\nCopyright \u{a9} 2025 Bennett, Coleman & Co. Ltd. All rights reserved.",
     Want { text: "North Korea confirms it sent troops\nNorth Korea confirmed it had sent troops to Russia.", title: Some("North Korea confirms it sent troops"), outlet: Some("The Times of India"), author: Some("TOI World Desk"), header_date: Some("Apr 28, 2025, 15:42 IST"), ..W }),
    ("en a word of a reader appeal anywhere in a trailing line names the publisher", "Russia vetoes renewal of UN panel\nRussia has used its veto at the UN security council to shut down a panel of experts.\nI hope you appreciated this article. Before you move on, I was hoping you would consider taking the step of supporting the Guardian's journalism.",
     Want { text: "Russia vetoes renewal of UN panel\nRussia has used its veto at the UN security council to shut down a panel of experts.\nI hope you appreciated this article. Before you move on, I was hoping you would consider taking the step of supporting the Guardian's journalism.", title: Some("Russia vetoes renewal of UN panel"), outlet: Some("The Guardian"), ..W }),
    // a share prompt naming the page's own outlet names the publisher ("Dapatkan berita pilihan DW Indonesia")
    ("id a channel prompt names the outlet", "Putin Tak Bantah Ada Tentara Korea Utara di Rusia\nPresiden Rusia Vladimir Putin tidak menyangkal laporan itu.\nDapatkan berita pilihan DW Indonesia langsung di WhatsApp Anda. Ikuti kanal kami!",
     Want { text: "Putin Tak Bantah Ada Tentara Korea Utara di Rusia\nPresiden Rusia Vladimir Putin tidak menyangkal laporan itu.", title: Some("Putin Tak Bantah Ada Tentara Korea Utara di Rusia"), outlet: Some("DW Indonesia"), ..W }),
    // a copyright line in a site's spelling names the outlet in full; the desk's address over a date closes the page
    ("en a copyright line names the outlet in its site's spelling", "Captured soldiers speak\nOne of two North Korean soldiers told interrogators he was sent to a training exercise.\nenglishnews@chosun.com / Jan. 13, 2025 10:47 KST\nCopyright © Chosunilbo & Chosun.com",
     Want { text: "Captured soldiers speak\nOne of two North Korean soldiers told interrogators he was sent to a training exercise.", title: Some("Captured soldiers speak"), outlet: Some("Chosun Ilbo"), header_date: Some("Jan. 13, 2025 10:47 KST"), ..W }),
    // a date, a bar and the dateline's place in capitals, then the reading time (The Economist)
    ("en date bar place bar reading time", "North Korea is cashing in on Russia's war\nJun 19th 2025|SEOUL|5 min read\nSERGEI SHOIGU is becoming a familiar face in Pyongyang.",
     Want { text: "North Korea is cashing in on Russia's war\nSERGEI SHOIGU is becoming a familiar face in Pyongyang.", title: Some("North Korea is cashing in on Russia's war"), dateline: Some("Seoul"), header_date: Some("Jun 19th 2025"), ..W }),
    // a link's headline run on into the paragraph with a space: the paragraph's next sentences stay
    ("id a link headline run on into its paragraph", "Korut Menepis Kabar\nBaca Juga:Kim Jong Un Kirim 'Hadiah' untuk Putin di Hari Ulang Tahunnya Korut sendiri memberi sinyal yang berubah-ubah. Pada Senin (21/10/2024), perwakilan Korut di PBB menepis kabar tersebut sebagai \"rumor tak berdasar\".",
     Want { text: "Korut Menepis Kabar\nPada Senin (21/10/2024), perwakilan Korut di PBB menepis kabar tersebut sebagai \"rumor tak berdasar\".", title: Some("Korut Menepis Kabar"), ..W }),
    ("en a link headline with an abbreviation's stop is all link", "North Korea denies it\nRead more: U.S. Says North Korea Sent Missiles To Russia\nPyongyang denied the report on Friday.",
     Want { text: "North Korea denies it\nPyongyang denied the report on Friday.", title: Some("North Korea denies it"), ..W }),
    ("en reader-funded appeal names the publisher", "Seoul confirmed the capture.\nWe've been covering the war since day one. The Kyiv Independent is a reader-funded outlet that relies on your support to keep going. Become a member today.",
     Want { text: "Seoul confirmed the capture.\nWe've been covering the war since day one. The Kyiv Independent is a reader-funded outlet that relies on your support to keep going. Become a member today.", outlet: Some("The Kyiv Independent"), ..W }),
    ("en related coverage label over arrow teasers", "The NIS said one of the men had joined the army in 2021.\nRELATED COVERAGE\n→ Kremlin denies North Korean arms shipments, calls U.S. claims 'unfounded'\n→ Russian drone attack on Kyiv damages residential buildings\n→ South Korea's Yoon faces arrest attempt as political crisis deepens\nWestern and South Korean officials estimate that North Korea has sent 10,000 to 12,000 troops to Russia.",
     Want { text: "The NIS said one of the men had joined the army in 2021.\nWestern and South Korean officials estimate that North Korea has sent 10,000 to 12,000 troops to Russia.", ..W }),
    ("en page title signed by its outlet after bars", "Zelenskyy offers to swap captured soldiers | Ukraine | The Guardian\n\nVolodymyr Zelenskyy has said Ukraine is prepared to hand over two soldiers.",
     Want { text: "Zelenskyy offers to swap captured soldiers | Ukraine | The Guardian\nVolodymyr Zelenskyy has said Ukraine is prepared to hand over two soldiers.", title: Some("Zelenskyy offers to swap captured soldiers"), outlet: Some("The Guardian"), ..W }),
    // an offer of access to the outlet names the publisher ("© Korea Risk Group" names none)
    ("en access offer names the publisher", "Kim Yo Jong called the claims absurd.\nGet full access to NK News: Sign up for a NK Pro or NK News subscription to read exclusive analysis.\n\u{a9} Korea Risk Group. All rights reserved.",
     Want { text: "Kim Yo Jong called the claims absurd.\nGet full access to NK News: Sign up for a NK Pro or NK News subscription to read exclusive analysis.", outlet: Some("NK News"), ..W }),
    // a photo caption inside a body under way goes, as one above it does; a paragraph closing
    // with its agencies stays
    ("id caption inside the body is dropped", "Presiden Rusia Vladimir Putin mengisyaratkan Moskow siap membantu Korea Utara membangun satelit. Isyarat itu disampaikan Putin usai menerima pemimpin Korea Utara Kim Jong Un di Kosmodrom Vostochny, wilayah Amur, Timur Jauh Rusia, pada Rabu waktu setempat.\nPekan lalu, juru bicara Gedung Putih John Kirby mengatakan negosiasi senjata antara Rusia dan Korut berjalan aktif, dan Moskow berupaya mendapatkan peluru artileri dan bahan baku amunisi dari Pyongyang dalam jumlah besar untuk dipakai di medan perang Ukraina.\nFoto: Kim Jong Un mengamati roket saat tur di Kosmodrom Vostochny (AP/Vladimir Smirnov)\nKim dijadwalkan melanjutkan lawatannya ke Komsomolsk-on-Amur, lokasi pabrik pesawat tempur Sukhoi, lalu ke Vladivostok untuk meninjau Armada Pasifik Rusia. (AFP/Reuters)\nKorea Utara dan Rusia membantah tuduhan itu.",
     Want { text: "Presiden Rusia Vladimir Putin mengisyaratkan Moskow siap membantu Korea Utara membangun satelit. Isyarat itu disampaikan Putin usai menerima pemimpin Korea Utara Kim Jong Un di Kosmodrom Vostochny, wilayah Amur, Timur Jauh Rusia, pada Rabu waktu setempat.\nPekan lalu, juru bicara Gedung Putih John Kirby mengatakan negosiasi senjata antara Rusia dan Korut berjalan aktif, dan Moskow berupaya mendapatkan peluru artileri dan bahan baku amunisi dari Pyongyang dalam jumlah besar untuk dipakai di medan perang Ukraina.\nKim dijadwalkan melanjutkan lawatannya ke Komsomolsk-on-Amur, lokasi pabrik pesawat tempur Sukhoi, lalu ke Vladivostok untuk meninjau Armada Pasifik Rusia. (AFP/Reuters)\nKorea Utara dan Rusia membantah tuduhan itu.", ..W }),
    ("en file photo caption inside the body is dropped", "White House says Russia has fired North Korean ballistic missiles at Ukraine\nBy LAUREN HARWOOD\nWASHINGTON (AP) — White House spokesman John Kirby said on Thursday that Russia had fired North Korean ballistic missiles at Ukraine in recent days, calling it a significant and concerning escalation.\nUkraine's air force said it was too early to say which missiles had been used, and that experts were still examining the debris found in Kharkiv after the strikes of the past week.\nFILE - Rescue workers search the rubble of a residential building hit during a Russian missile strike in Kyiv, Ukraine, Tuesday, Jan. 2, 2024. (AP Photo/Efrem Lukatsky, File)\nKirby said at least one missile landed in an open field in the Zaporizhzhia region on December 30.\nRussia launched additional North Korean missiles on January 2 as part of an overnight barrage, he said.\nThe impact locations of those missiles were still being assessed, Kirby added.\nThe United States will raise the matter at the U.N. Security Council, Kirby said.\nWashington also plans new sanctions on those who helped arrange the transfers.\nOfficials said North Korea was seeking military assistance from Russia in return.\nThat could include fighter aircraft and surface-to-air missiles, they said.\nMoscow and Pyongyang have denied the arms transfers.\nBoth governments called the accusations groundless.\nSouth Korea said it was watching the cooperation closely.\nJapan condemned the launches in a statement on Friday.\nSeoul and Tokyo said they would work with Washington on a response.",
     Want { text: "White House says Russia has fired North Korean ballistic missiles at Ukraine\nWhite House spokesman John Kirby said on Thursday that Russia had fired North Korean ballistic missiles at Ukraine in recent days, calling it a significant and concerning escalation.\nUkraine's air force said it was too early to say which missiles had been used, and that experts were still examining the debris found in Kharkiv after the strikes of the past week.\nKirby said at least one missile landed in an open field in the Zaporizhzhia region on December 30.\nRussia launched additional North Korean missiles on January 2 as part of an overnight barrage, he said.\nThe impact locations of those missiles were still being assessed, Kirby added.\nThe United States will raise the matter at the U.N. Security Council, Kirby said.\nWashington also plans new sanctions on those who helped arrange the transfers.\nOfficials said North Korea was seeking military assistance from Russia in return.\nThat could include fighter aircraft and surface-to-air missiles, they said.\nMoscow and Pyongyang have denied the arms transfers.\nBoth governments called the accusations groundless.\nSouth Korea said it was watching the cooperation closely.\nJapan condemned the launches in a statement on Friday.\nSeoul and Tokyo said they would work with Washington on a response.", title: Some("White House says Russia has fired North Korean ballistic missiles at Ukraine"), outlet: Some("Associated Press"), wire: Some("Associated Press"), author: Some("LAUREN HARWOOD"), dateline: Some("Washington"), ..W }),
];

#[test]
fn furniture_table() {
    let rules = CleanRules::default_ref();
    let mut failures = Vec::new();
    for (name, raw, want) in FURNITURE {
        let c = clean(raw, rules);
        let got = Want {
            text: "",
            title: c.title.as_deref(),
            outlet: c.outlet.as_deref(),
            wire: c.wire.as_deref(),
            editor: c.editor.as_deref(),
            author: c.author.as_deref(),
            dateline: c.dateline.as_deref(),
            header_date: c.header_date.as_deref(),
        };
        let same_meta = got.title == want.title
            && got.outlet == want.outlet
            && got.wire == want.wire
            && got.editor == want.editor
            && got.author == want.author
            && got.dateline == want.dateline
            && got.header_date == want.header_date;
        if c.text != want.text || !same_meta {
            failures.push(format!("{name}:\n  want {want:?}\n  got  {got:?}\n  text {:?}", c.text));
        }
    }
    assert!(failures.is_empty(), "{} of {} furniture cases failed:\n{}", failures.len(), FURNITURE.len(), failures.join("\n"));
}

// ---------------------------------------------------------------------------
// Sentence table: clean text -> sentences.

/// (name, text, sentences)
#[rustfmt::skip]
static SENTENCES: &[(&str, &str, &[&str])] = &[
    // ---- English
    ("en title abbreviation", "Mr. Kim arrived. He spoke.", &["Mr. Kim arrived.", "He spoke."]),
    ("en dotted acronym mid", "The U.S. Treasury imposed sanctions. North Korea objected.", &["The U.S. Treasury imposed sanctions.", "North Korea objected."]),
    ("en dotted acronym final", "Sanctions were imposed by the U.S. The move angered Pyongyang.", &["Sanctions were imposed by the U.S.", "The move angered Pyongyang."]),
    ("en dr", "Dr. Victor Cha of CSIS said so. He added more.", &["Dr. Victor Cha of CSIS said so.", "He added more."]),
    ("en initials", "George W. Bush visited Seoul. J. Smith reported it.", &["George W. Bush visited Seoul.", "J. Smith reported it."]),
    ("en decimal", "The rate rose to 3.5 percent. It fell later.", &["The rate rose to 3.5 percent.", "It fell later."]),
    ("en thousands", "About 1,000 containers were shipped. Officials said so.", &["About 1,000 containers were shipped.", "Officials said so."]),
    ("en a.m. before stopword", "He left at 10 a.m. The talks ended.", &["He left at 10 a.m.", "The talks ended."]),
    ("en a.m. mid sentence", "He left at 10 a.m. Eastern time.", &["He left at 10 a.m. Eastern time."]),
    ("en question exclamation", "Is it true? Nobody knows! Really.", &["Is it true?", "Nobody knows!", "Really."]),
    ("en question in quote", "\"Why now?\" he asked.", &["\"Why now?\" he asked."]),
    ("en quote then quote", "\"We never sold arms,\" the ministry said. \"Never.\"", &["\"We never sold arms,\" the ministry said.", "\"Never.\""]),
    ("en closing quote belongs", "He said: \"We deny it.\" Then he left.", &["He said: \"We deny it.\"", "Then he left."]),
    ("en ellipsis lowercase", "Wait... what happened?", &["Wait... what happened?"]),
    ("en ellipsis uppercase", "He paused... Then he spoke.", &["He paused...", "Then he spoke."]),
    ("en military and month", "Gen. Lee and Lt. Park met on Jan. 5. They talked.", &["Gen. Lee and Lt. Park met on Jan. 5.", "They talked."]),
    ("en sept", "Sept. 11 changed everything. It did.", &["Sept. 11 changed everything.", "It did."]),
    ("en street", "No. 10 Downing St. is in London.", &["No. 10 Downing St. is in London."]),
    ("en month then year", "The report came in Oct. 2022. Analysts disagreed.", &["The report came in Oct. 2022.", "Analysts disagreed."]),
    ("en inc lowercase", "Smith Inc. said profits rose. The firm grew.", &["Smith Inc. said profits rose.", "The firm grew."]),
    ("en inc final", "He works for Acme Inc. The firm is big.", &["He works for Acme Inc.", "The firm is big."]),
    ("en u.n.", "The U.N. Security Council met. Russia vetoed.", &["The U.N. Security Council met.", "Russia vetoed."]),
    ("en paragraph", "Para one ends here\nPara two", &["Para one ends here", "Para two"]),
    ("en parens", "It ended (finally). Next came more.", &["It ended (finally).", "Next came more."]),
    ("en unicode ellipsis", "It ended… And more came.", &["It ended…", "And more came."]),
    ("en curly quotes", "“Stop,” he said. “Now.”", &["“Stop,” he said.", "“Now.”"]),
    ("en dollars", "Prices hit $3.50 today. Traders sold.", &["Prices hit $3.50 today.", "Traders sold."]),
    ("en glued after digit", "The vote was 12-3.The council adjourned.", &["The vote was 12-3.", "The council adjourned."]),
    ("en roe v. wade", "Roe v. Wade was cited. Judges agreed.", &["Roe v. Wade was cited.", "Judges agreed."]),
    ("en glued curly quote", "The statement was clear.“We reject it,” it said.", &["The statement was clear.", "“We reject it,” it said."]),
    // ---- Indonesian
    ("id glued period", "Perang di Ukraina berlangsung.Juru bicara itu diam.", &["Perang di Ukraina berlangsung.", "Juru bicara itu diam."]),
    ("id glued period before an acronym", "Korut mengirim roket ke Rusia.NIS menilai Korut akan menerima teknologi.", &["Korut mengirim roket ke Rusia.", "NIS menilai Korut akan menerima teknologi."]),
    ("id a site name is no glued sentence", "Berita itu dimuat Tempo.CO, kemarin.", &["Berita itu dimuat Tempo.CO, kemarin."]),
    ("id broken word", "Peluru untuk perangnya di Ukrain a.Juru bicara Gedung Putih berkata.", &["Peluru untuk perangnya di Ukrain a.", "Juru bicara Gedung Putih berkata."]),
    ("id glued opening quote", "Kirby memasok kepada Rusia.“Korea Utara berusaha,” sebut Kirby.", &["Kirby memasok kepada Rusia.", "“Korea Utara berusaha,” sebut Kirby."]),
    ("id comma quote attribution", "“Kami tidak pernah mengekspornya sebelumnya,” sebut KCNA. Pernyataan itu dirilis.", &["“Kami tidak pernah mengekspornya sebelumnya,” sebut KCNA.", "Pernyataan itu dirilis."]),
    ("id two straight quotes glued", "Di masa depan.\"\"Kami menganggap langkah AS itu ilegal,\" kata pejabat itu.", &["Di masa depan.\"", "\"Kami menganggap langkah AS itu ilegal,\" kata pejabat itu."]),
    ("id thousands", "Lebih dari 1.000 kontainer dikirim. Gedung Putih merilis foto.", &["Lebih dari 1.000 kontainer dikirim.", "Gedung Putih merilis foto."]),
    ("id decimal comma", "Perbatasan dibuka dalam 2,5 tahun. Kim gemar berkuda.", &["Perbatasan dibuka dalam 2,5 tahun.", "Kim gemar berkuda."]),
    ("id date run-on", "Seperti dikutip Global News, Selasa 8 November 2022Bantuan senjata apa pun akan berdampak.", &["Seperti dikutip Global News, Selasa 8 November 2022", "Bantuan senjata apa pun akan berdampak."]),
    ("id AS ends a sentence", "Korea Utara menuduh AS. Kirby membantah.", &["Korea Utara menuduh AS.", "Kirby membantah."]),
    ("id glued after acronym", "Dewan Keamanan PBB.Rusia memveto.", &["Dewan Keamanan PBB.", "Rusia memveto."]),
    ("id dr", "Dr. Victor Cha dari CSIS berkata. Dia menambahkan.", &["Dr. Victor Cha dari CSIS berkata.", "Dia menambahkan."]),
    ("id rupiah", "Harga naik menjadi Rp. 5.000 per liter. Warga protes.", &["Harga naik menjadi Rp. 5.000 per liter.", "Warga protes."]),
    ("id clock", "Pada pukul 10.30 WIB dia tiba. Lavrov menyambut.", &["Pada pukul 10.30 WIB dia tiba.", "Lavrov menyambut."]),
    ("id quote before period", "Lavrov menyebut pembicaraan \"komprehensif\". Dia mengatakan itu.", &["Lavrov menyebut pembicaraan \"komprehensif\".", "Dia mengatakan itu."]),
    ("id exclamation attribution", "“Kami tidak akan diam!” tegas Kim. Rusia setuju.", &["“Kami tidak akan diam!” tegas Kim.", "Rusia setuju."]),
    ("id question", "Apakah itu benar? Tidak ada yang tahu.", &["Apakah itu benar?", "Tidak ada yang tahu."]),
    ("id street number", "Jl. Merdeka No. 5 ditutup. Polisi berjaga.", &["Jl. Merdeka No. 5 ditutup.", "Polisi berjaga."]),
    ("id dash attribution", "“Kami menolak,” tambahnya. – kata perwakilan itu.", &["“Kami menolak,” tambahnya. – kata perwakilan itu."]),
    ("id mixed glued", "Korea Utara (Korut) mengatakan itu. Mereka juga menegaskan hal itu.Bantahan dikeluarkan.", &["Korea Utara (Korut) mengatakan itu.", "Mereka juga menegaskan hal itu.", "Bantahan dikeluarkan."]),
    ("id dkk lowercase", "Kim Jong Un dkk. menghadiri acara. Namun Putin absen.", &["Kim Jong Un dkk. menghadiri acara.", "Namun Putin absen."]),
    ("id prof and dr", "Hadir Prof. Budi dan dr. Ani. Mereka bicara.", &["Hadir Prof. Budi dan dr. Ani.", "Mereka bicara."]),
    ("id paren inside quote", "\"Persahabatan kami tidak ditujukan untuk melawan siapa pun. (Persahabatan) itu baik,\" katanya.", &["\"Persahabatan kami tidak ditujukan untuk melawan siapa pun.", "(Persahabatan) itu baik,\" katanya."]),
    ("en quote on a lower-case word after U.S.", "KCNA called the reports a U.S. \"smear campaign\". It said more. The U.S. \"Fact sheet\" followed.", &["KCNA called the reports a U.S. \"smear campaign\".", "It said more.", "The U.S.", "\"Fact sheet\" followed."]),
];

fn sentences_of(c: &Cleaned) -> Vec<&str> {
    c.sentences.iter().map(|&(s, e)| &c.text[s..e]).collect()
}

#[test]
fn sentence_table() {
    let rules = CleanRules::default_ref();
    let mut failures = Vec::new();
    for (name, text, want) in SENTENCES {
        let c = clean(text, rules);
        let got = sentences_of(&c);
        if got != *want {
            failures.push(format!("{name}:\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} sentence cases failed:\n{}", failures.len(), SENTENCES.len(), failures.join("\n"));
}

#[test]
fn tables_are_large_enough_and_half_english() {
    let en = FURNITURE.iter().filter(|c| c.0.starts_with("en ")).count()
        + SENTENCES.iter().filter(|c| c.0.starts_with("en ")).count();
    let total = FURNITURE.len() + SENTENCES.len();
    assert!(total >= 60 && en * 2 >= total, "{en} English cases of {total}");
}

// ---------------------------------------------------------------------------
// The five seed articles (byte-exact, corpus/), metadata as in seed_gold.json.

struct Seed {
    raw: &'static str,
    outlet: Option<&'static str>,
    wire: Option<&'static str>,
    editor: Option<&'static str>,
    author: Option<&'static str>,
    dateline: Option<&'static str>,
    header_date: Option<&'static str>,
    title: Option<&'static str>,
    sentences: usize,
    first: &'static str,
    last: &'static str,
}

#[rustfmt::skip]
static SEEDS: &[Seed] = &[
    // 000: 12 body lines once the `Sumber:` header and the two `Baca Juga:` lines are gone.
    // Sentences per line, counted by reading each line for ". X" boundaries:
    // 1+2 (KCNA. Secara)+1+1+2 (Utara. Namun)+1+1+3 (tersebut. Kirby / dilakukan. Indikasi)+1+2 (ini. Bulan)+1+1 = 17.
    Seed { raw: include_str!("../../corpus/000_41a5ee3b61c58a9c.txt"), outlet: Some("Kontan"), wire: Some("Reuters"),
        editor: Some("Prihastomo Wahyu Widodo"), author: None, dateline: Some("Pyongyang"), header_date: None, title: None,
        sentences: 17, first: "Menyangkal semua tuduhan Amerika Serikat (AS), Korea Utara pada Kamis (22/9) menegaskan,",
        last: "untuk menggagalkan ancaman dan provokasi." },
    // 001: one long paragraph. Boundaries: "Rusia. Mereka", "melakukannya.Bantahan",
    // "Ukrain a.Juru", "Rusia.“Korea", "tuduhannya.Seorang", "depan.\"\"Kami",
    // "2022Bantuan", "berkembang.Korea", "Ukraina.“Korea", "pernyataan.Komentar",
    // "katanya.Namun", "Cha.“Untuk": 12 boundaries, 13 sentences.
    Seed { raw: include_str!("../../corpus/001_ed4e84306170659b.txt"), outlet: None, wire: None, editor: None,
        author: Some("FJR"), dateline: Some("Pyongyang"), header_date: Some("2022-11"), title: None,
        sentences: 13, first: "Korea Utara (Korut) mengatakan bahwa mereka tidak pernah", last: "sampai ke medan perang,” pungkasnya." },
    // 002: 16 lines, each one sentence (no ". X" inside a line; "2,5" and "(8/11)" do not split).
    Seed { raw: include_str!("../../corpus/002_9bc54f710414059f.txt"), outlet: None, wire: None, editor: None,
        author: None, dateline: None, header_date: None, title: None,
        sentences: 16, first: "Korea Utara telah membantah klaim Amerika", last: "kata wakil direktur itu." },
    // 003: 13 body lines once the bare `BACA JUGA:` line is dropped and both headlines are cut
    // off the sentences glued to them. Sentences per line:
    // 2 (Rusia. Lavrov)+2 ((20/10). Lavrov)+1+2 (Rusia. Gedung Putih juga)+2 (Selatan. Hal)+1+1
    // +2 (Ukraina. Para)+1+2 ("komprehensif". Dia)+1 (Setelah ...)+2 (siapa pun. (Persahabatan))+1 = 20.
    Seed { raw: include_str!("../../corpus/003_57fa5d84563b21c3.txt"), outlet: None, wire: None, editor: None,
        author: Some("ft/ah"), dateline: None, header_date: None, title: None,
        sentences: 20, first: "Menteri Luar Negeri Rusia Sergey Lavrov membantah", last: "bersama Korea Utara dan China." },
    // 004: 9 paragraphs (title, standfirst, 7 body paragraphs; share prompt and `Sumber` dropped).
    // Sentences per paragraph: 1+1+1+2 (permusuhan. Kemudian)+2 (bidang.” Dia)
    // +2 (tersebut. “Mengenai; "tambahnya. – kata" does not split)+1+2 (Soviet. Moskow)+1 = 13.
    Seed { raw: include_str!("../../corpus/004_3a2ed5cd9f139673.txt"), outlet: None, wire: None, editor: None,
        author: None, dateline: None, header_date: None, title: Some("Korea Utara menanggapi klaim tentang penempatan pasukan di Rusia"),
        sentences: 13, first: "Korea Utara menanggapi klaim", last: "meratifikasi dokumen penting ini." },
];

#[test]
fn seeds_clean_to_gold_metadata() {
    let rules = CleanRules::default_ref();
    let furniture = [
        "Baca Juga", "BACA JUGA", "Sumber", "Editor:", " date ", "date 2022", "[ft/ah]", "(FJR)", "membagikan cerita",
        "KONTAN.CO.ID", "Rusia Diduga Mulai Memasok", "Coba Buktikan", "untuk Bertemu", "XiGedung", "Pabrik Senjata Besar",
        "Pyongyang: Korea",
    ];
    for (i, s) in SEEDS.iter().enumerate() {
        let c = clean(s.raw, rules);
        for f in furniture {
            assert!(!c.text.contains(f), "seed {i}: {f:?} left in the text:\n{}", c.text);
        }
        assert_eq!(c.outlet.as_deref(), s.outlet, "seed {i} outlet");
        assert_eq!(c.wire.as_deref(), s.wire, "seed {i} wire");
        assert_eq!(c.editor.as_deref(), s.editor, "seed {i} editor");
        assert_eq!(c.author.as_deref(), s.author, "seed {i} author");
        assert_eq!(c.dateline.as_deref(), s.dateline, "seed {i} dateline");
        assert_eq!(c.header_date.as_deref(), s.header_date, "seed {i} header_date");
        assert_eq!(c.title.as_deref(), s.title, "seed {i} title");
        assert_eq!(c.language.as_deref(), Some("id"), "seed {i} language");
        let sents = sentences_of(&c);
        assert_eq!(sents.len(), s.sentences, "seed {i} sentences:\n{}", sents.join("\n"));
        assert!(sents[0].starts_with(s.first), "seed {i} first sentence {:?}", sents[0]);
        assert!(sents[sents.len() - 1].ends_with(s.last), "seed {i} last sentence {:?}", sents[sents.len() - 1]);
        for w in c.text.split('\n') {
            assert!(!w.is_empty() && w.trim() == w, "seed {i}: blank or untrimmed line {w:?}");
        }
    }
}

#[test]
fn seed_sentences_keep_their_evidence_whole() {
    let rules = CleanRules::default_ref();
    let c = clean(SEEDS[1].raw, rules);
    let s = sentences_of(&c);
    assert!(s.contains(&"Juru bicara Keamanan Nasional Gedung Putih John Kirby mengatakan pekan lalu bahwa Amerika Serikat memiliki informasi yang mengindikasikan Korea Utara secara diam-diam memasok sejumlah peluru artileri kepada Rusia."));
    assert!(s.iter().any(|x| x.starts_with("Bantuan senjata apa pun")));
    let c = clean(SEEDS[3].raw, rules);
    let s = sentences_of(&c);
    assert!(s.iter().any(|x| x.starts_with("Gedung Putih mengatakan pada pekan lalu bahwa Korea Utara sudah mengirimkan lebih dari 1.000 kontainer")));
    assert!(s.contains(&"Setelah dia tiba d Pyongyang, Lavrov menyampaikan kata sambutan."));
}

// ---------------------------------------------------------------------------
// Language identification.

#[test]
fn language_is_guessed_or_none() {
    let rules = CleanRules::default_ref();
    let cases: &[(&str, Option<&str>)] = &[
        ("Korea Utara mengatakan bahwa mereka tidak pernah melakukan transaksi senjata dengan Rusia.", Some("id")),
        ("North Korea said on Thursday that it has never exported weapons to Russia and has no plans to do so.", Some("en")),
        ("Korea Utara", None),
        ("", None),
        ("!!! ??? ...", None),
        ("1.000 2.000 3.000", None),
    ];
    for (text, want) in cases {
        assert_eq!(clean(text, rules).language.as_deref(), *want, "{text:?}");
    }
}

// ---------------------------------------------------------------------------
// Data, not code: a user adds a language (and outlets) with a TOML section.

#[test]
fn a_user_language_needs_no_code() {
    let user = Lexicon::from_toml_str(
        r#"
[languages.de.text]
abbreviations = ["Nr", "bzw"]
stopwords = ["der", "die", "und", "das", "nicht", "mit", "sich", "auf", "ist", "dem", "den", "hat"]
link_prefixes = ["Lesen Sie auch:"]
share_prompts = ["Artikel teilen"]
author_labels = ["Von"]
openers = ["{place} ({outlet}) -"]
[[languages.de.text.outlets]]
name = "dpa"
forms = ["dpa"]
wire = true
"#,
        "user.toml",
    )
    .unwrap();
    let mut lex = Lexicon::default_ref().clone();
    lex.extend(user).unwrap();
    let rules = CleanRules::new(&lex).unwrap();
    let raw = "Von Anna Schmidt\nBERLIN (dpa) - Die Regierung hat die Berichte zurückgewiesen. Sie wies auf Nr. 5 der Liste hin.\nLesen Sie auch: Nordkorea bestreitet Waffenlieferungen\nDer Sprecher ist nicht erreichbar.\nArtikel teilen";
    let c = clean(raw, &rules);
    assert_eq!(c.author.as_deref(), Some("Anna Schmidt"));
    assert_eq!(c.wire.as_deref(), Some("dpa"));
    assert_eq!(c.dateline.as_deref(), Some("Berlin"));
    assert_eq!(c.language.as_deref(), Some("de"));
    assert_eq!(
        sentences_of(&c),
        ["Die Regierung hat die Berichte zurückgewiesen.", "Sie wies auf Nr. 5 der Liste hin.", "Der Sprecher ist nicht erreichbar."]
    );
    // The default rules know nothing of German furniture.
    let d = clean(raw, CleanRules::default_ref());
    assert!(d.text.contains("Lesen Sie auch"));
}

#[test]
fn bad_text_data_is_a_lexicon_error() {
    let cases: &[(&str, &str)] = &[
        ("[languages.xx.text]\nopeners = [\"{town} -\"]\n", "unknown placeholder {town}"),
        ("[languages.xx.text]\nopeners = [\"- :\"]\n", "needs {outlet}"),
        ("[languages.xx.text]\nopeners = [\"{place\"]\n", "not closed"),
        ("[languages.xx.text]\nstopwords = [\"\"]\n", "languages.xx.text.stopwords: an entry is empty"),
        ("[languages.xx.text]\nlink_labels = [\" \"]\n", "languages.xx.text.link_labels: an entry is empty"),
        ("[[languages.xx.text.outlets]]\nforms = [\"X\"]\n", "has no name"),
    ];
    for (toml, want) in cases {
        let lex = Lexicon::from_toml_str(toml, "bad.toml").unwrap();
        let err = CleanRules::new(&lex).unwrap_err();
        assert_eq!(err.kind, crate::error::ErrorKind::Lexicon);
        assert!(err.message.contains(want), "{toml:?}: {} lacks {want:?}", err.message);
    }
    let err = Lexicon::from_toml_str("[languages.xx.text]\nstopword = [\"a\"]\n", "bad.toml").unwrap_err();
    assert!(err.message.contains("unknown field"), "{}", err.message);
}

// ---------------------------------------------------------------------------
// Hostile inputs: never panic, spans on char boundaries, in order, trimmed.

fn check_spans(c: &Cleaned) {
    let mut prev = 0;
    for &(s, e) in &c.sentences {
        assert!(prev <= s && s < e && e <= c.text.len(), "span {s}..{e} after {prev} in {:?}", c.text);
        assert!(c.text.is_char_boundary(s) && c.text.is_char_boundary(e));
        let t = &c.text[s..e];
        assert_eq!(t.trim(), t);
        prev = e;
    }
}

#[test]
fn hostile_inputs_never_panic() {
    let rules = CleanRules::default_ref();
    let mut cases: Vec<String> = [
        "", " ", "\n\n\n", ".", "...", "?!?!", "\"", "\"\"\"", "“", "”.”.", "[]", "()", "[ft/ah]", "(FJR)", "Sumber",
        "Sumber:", "BACA JUGA:", "BACA JUGA:\n", "Baca Juga:", "Read more:", "By", "By ", " date ", " date (X)",
        "KONTAN.CO.ID -", "KONTAN.CO.ID - .", "(Reuters) -", "WASHINGTON (", "{outlet}", "A.B.C.D.E.F", "1.2.3.4.",
        "é.É.é", "ÉÉ. éé. ÉÉ", "a\u{301}.B\u{301}c", "\u{FEFF}\u{FEFF}", "\u{0}\u{1}\u{2}", "Ⅻ. Ⅻ", "ǅ. ǅ",
        "日本語。テスト. 中文", "🙂. 🙂 🙂!🙂", "x\u{2028}y\u{2029}z", "-\n–\n—", "'\"'\"'.", "Mr.", "U.S.", "a.m.",
        "1Ab", "9Z", "2022Bantuan", "Sahabatnya'X", "'Xy", "ǲa", "Xi", "(ant", "ant)", "[x", "]", ".)", ".\"A",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // Every prefix of the seeds, cut at char boundaries, and some repetitions.
    for s in SEEDS {
        for (i, _) in s.raw.char_indices().step_by(97) {
            cases.push(s.raw[..i].to_string());
            cases.push(s.raw[i..].to_string());
        }
    }
    cases.push("A. ".repeat(10_000));
    cases.push(".".repeat(100_000));
    cases.push("\"".repeat(50_000));
    cases.push("aB".repeat(50_000));
    cases.push("BACA JUGA:\n".repeat(5_000));
    cases.push(String::from_utf8_lossy(&(0..=255u8).cycle().take(70_000).collect::<Vec<_>>()).into_owned());
    for raw in &cases {
        let c = clean(raw, rules);
        check_spans(&c);
        assert!(!c.text.contains("\n\n") && c.text.trim() == c.text);
    }
}

#[test]
fn clean_is_idempotent_on_clean_text() {
    let rules = CleanRules::default_ref();
    for s in &SEEDS[2..3] {
        let once = clean(s.raw, rules);
        let twice = clean(&once.text, rules);
        assert_eq!(once.text, twice.text);
        assert_eq!(once.sentences, twice.sentences);
    }
}

// ---------------------------------------------------------------------------
// Throughput: `cargo test --release --target-dir target/cargo --lib clean::tests::throughput -- --ignored --nocapture`

#[test]
#[ignore = "benchmark; run in release"]
fn throughput() {
    let rules = CleanRules::default_ref();
    let mut corpus = String::new();
    let mut docs = Vec::new();
    for s in SEEDS {
        docs.push(s.raw.to_string());
        corpus.push_str(s.raw);
    }
    // Adversarial shapes too: long glued runs, dotted tokens, camel-case headlines.
    docs.push("a.".repeat(200_000));
    docs.push(format!("BACA JUGA:\n{}", "YouTube".repeat(100_000)));
    docs.push("U.S. ".repeat(100_000));
    docs.push(corpus.replace('\n', " ").repeat(200));
    // CPU time of this thread (the machine may be shared): utime + stime in ticks of 10 ms.
    let cpu = || -> f64 {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
        let f: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
        let ticks: f64 = f.get(11).and_then(|x| x.parse().ok()).unwrap_or(0.0) + f.get(12).and_then(|x| x.parse().ok()).unwrap_or(0.0);
        ticks / 100.0
    };
    for d in &docs {
        let (t, c0) = (std::time::Instant::now(), cpu());
        let mut bytes = 0usize;
        while cpu() - c0 < 1.5 && t.elapsed().as_secs() < 20 {
            std::hint::black_box(clean(d, rules));
            bytes += d.len();
        }
        let secs = (cpu() - c0).max(0.01);
        println!("{:>9} bytes/doc: {:7.1} MB/s of CPU time", d.len(), bytes as f64 / secs / 1e6);
    }
}

#[test]
#[ignore = "benchmark; run in release"]
fn stage_profile() {
    let rules = CleanRules::default_ref();
    let docs: Vec<&str> = SEEDS.iter().map(|s| s.raw).collect();
    let total: usize = docs.iter().map(|d| d.len()).sum();
    let reps = 3000;
    let time = |name: &str, f: &dyn Fn(&str)| {
        let t = std::time::Instant::now();
        for _ in 0..reps {
            for d in &docs {
                f(d);
            }
        }
        let s = t.elapsed().as_secs_f64();
        println!("{name:>12}: {:7.1} MB/s", (total * reps) as f64 / s / 1e6);
    };
    let norm: Vec<String> = docs.iter().map(|d| normalize(d)).collect();
    time("normalize", &|d| { std::hint::black_box(normalize(d)); });
    time("furniture", &|d| { let mut c = Cleaned::default(); let n = normalize(d); std::hint::black_box(furniture::strip(&n, rules, &mut c).len()); });
    time("lang", &|d| { std::hint::black_box(lang::identify(d, rules)); });
    time("sentences", &|d| { std::hint::black_box(sentences::split(d, rules)); });
    time("clean", &|d| { std::hint::black_box(clean(d, rules)); });
    let _ = norm;
}

#[test]
fn a_copyright_line_gives_the_page_year() {
    // the latest year a footer's rights line names; a body year or a photo credit is none
    let cases: &[(&str, Option<i32>)] = &[
        ("MOSCOW, April 28. /TASS/. Putin thanked Kim Jong Un.\n\nShare\nTelegram\n© TASS, 2025", Some(2025)),
        ("KYIV - Ukraine said the missiles came from North Korea.\n\nAll rights reserved © Ukrinform 2015-2024", Some(2024)),
        ("Ukraine said in 2023 the missiles came from North Korea.\n\nShare this article", None),
    ];
    for &(raw, want) in cases {
        assert_eq!(clean(raw, CleanRules::default_ref()).rights_year, want, "{raw}");
    }
    assert_eq!(crate::time::latest_year("Copyright 1999-2024 Foo"), Some(2024));
    assert_eq!(crate::time::latest_year("ID 12025 and 20251"), None);
}
