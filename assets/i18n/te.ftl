# Sajag's Telugu user-interface text (Project Fluent). The ids and variables are those of en.ftl;
# the words follow assets/guidance/glossary.te.toml. Telugu plural categories (CLDR): one (n = 1)
# and other; `[1]` where only exactly 1 takes the singular, `[0]` for "none".

app-title = Sajag
app-tagline = మీ నంబర్ లేదా PAN డేటా లీక్‌లో ఉందో లేదో గోప్యంగా చెక్ చేయండి
nav-check = చెక్
nav-result = ఫలితం
nav-guide = మోసాల గైడ్
nav-message = మెసేజ్ చెక్ చేయండి
nav-help = ఫిర్యాదు & సహాయం
nav-settings = సెట్టింగ్స్
badge-demo = డెమో డేటా
check-heading = నా నంబర్ లేదా PAN డేటా లీక్‌లో ఉందా?
check-intro = మీ మొబైల్ నంబర్ లేదా PAN టైప్ చేయండి. Sajag దాన్ని ఎక్కడికీ పంపకుండానే చెక్ చేస్తుంది.
check-input_label = మొబైల్ నంబర్ లేదా PAN
check-input_hint = ఉదా: +91 98765 43210 లేదా ABCPE1234F
check-kind_mobile = మొబైల్ నంబర్: { $masked }
check-kind_pan = PAN: { $masked } ({ $holder } పేరు మీద)
check-leaves_remote = ఈ కంప్యూటర్ నుండి బయటకు వెళ్ళేది: ఈ 5 అక్షరాలు మాత్రమే: { $prefix } — మీ { $thing } ఇక్కడే ఉంటుంది.
check-leaves_blinded = ఈ కంప్యూటర్ నుండి బయటకు వెళ్ళేది: ఈ 5 అక్షరాలు మాత్రమే: { $prefix }, ఇంకా మీ { $thing }గా తిరిగి మార్చలేని రెండు దాచిన (blinded) విలువలు — మీ { $thing } ఇక్కడే ఉంటుంది.
check-leaves_local = ఈ కంప్యూటర్ నుండి ఏదీ బయటకు వెళ్ళదు: ఈ ఇండెక్స్ మీ పరికరంలోనే ఉంది. (ఆన్‌లైన్ ఇండెక్స్ అయితే, ఈ 5 అక్షరాలు మాత్రమే పంపబడతాయి: { $prefix }.)
check-thing_mobile = నంబర్
check-thing_pan = PAN
check-how_link = ఇది ఎలా పనిచేస్తుంది
check-how_text = మీ నంబర్ లేదా PAN ఈ కంప్యూటర్‌లోనే ఒక హాష్ కోడ్‌గా (SHA-256 hash) మార్చబడుతుంది. ఆ హాష్ కోడ్‌లోని మొదటి 5 అక్షరాలను మాత్రమే ఉపయోగించి ఎంట్రీల చిన్న గుంపు (bucket) అడుగుతాం; ప్రతి గుంపులో సుమారు 3,800 నంబర్లు ఉండొచ్చు, కాబట్టి అందులో మీది ఏదో ఆ గుంపు చెప్పదు. (సాధారణ (plain) మోడ్‌లోని ఇండెక్స్ మొత్తం ఎవరి దగ్గర ఉంటే వారు దాన్ని వెనక్కి మార్చగలరు, అందుకే ప్రజా సేవలు blinded మోడ్ వాడాలి, అందులో ప్రతి చెక్‌కు సర్వర్ సహాయం అవసరం.) గుంపుతో పోల్చడం ఇక్కడే, మీ కంప్యూటర్‌లోనే జరుగుతుంది. మీరు టైప్ చేసింది ఎప్పుడూ సేవ్ కాదు.
check-button = ఇప్పుడే చెక్ చేయండి
check-clear = క్లియర్ చేయండి
check-cancel = రద్దు చేయండి
check-checking = చెక్ చేస్తోంది…
check-cancelled = చెక్ రద్దు అయింది.
check-error = చెక్ పూర్తి కాలేదు: { $message }
check-error_note = దీని అర్థం “కనిపించలేదు” అని కాదు. మళ్ళీ ప్రయత్నించండి, లేదా సెట్టింగ్స్‌లో వేరే ఇండెక్స్ ఎంచుకోండి.
check-retry = మళ్ళీ ప్రయత్నించండి
check-retry_in = ఇండెక్స్ సర్వర్ వేచి ఉండమని కోరింది: { $seconds } సెకన్ల తర్వాత మళ్ళీ ప్రయత్నించవచ్చు.
check-keys = Enter నొక్కితే చెక్ · Escape నొక్కితే క్లియర్ లేదా రద్దు
source-against = ఇండెక్స్: { $name }
source-loading = ఇండెక్స్ తెరుస్తోంది…
source-failed = ఇండెక్స్ తెరవలేకపోయాం: { $message }
source-retry = మళ్ళీ ప్రయత్నించండి
source-demo_name = Sajagలోనే ఉన్న డెమో ఇండెక్స్
source-demo_note = డెమో డేటా: Sajagను ప్రయత్నించడానికి ఉదాహరణ కోసం తయారు చేసిన ఎంట్రీలు. ఇది నిజమైన లీకుల గురించి ఏమీ చెప్పదు.
source-details = తయారైన తేదీ { $built } · { $breaches } డేటా లీకులు · { $entries } నంబర్లు/PANలు (identifiers)
source-open_settings = ఇండెక్స్ ఎంచుకోండి
source-verifying = ఫైల్‌ను దాని checksumతో చెక్ చేస్తోంది
source-signed_trusted = { $name } సంతకం చేసింది — మీరు నమ్మే ప్రచురణకర్త.
source-signed_unknown = తనను “{ $name }” అని చెప్పుకునే తెలియని ప్రచురణకర్త సంతకం చేసింది (కీ { $key }). ఇందులోని లీక్ వివరణలు వారి సొంత మాటలు; ఇది ఎవరిదో మీకు తెలిస్తేనే సెట్టింగ్స్‌లో ఈ కీని నమ్మండి.
source-unsigned = సంతకం లేదు — ఈ ఇండెక్స్‌ను ఎవరైనా తయారు చేసి ఉండొచ్చు. ఇందులోని లీక్ వివరణలను ఎవరూ చెక్ చేయలేదు.
result-heading = { $masked } ఫలితం
result-found =
    { $n ->
        [one] { $n } డేటా లీకులో కనిపించింది
       *[other] { $n } డేటా లీకుల్లో కనిపించింది
    }
result-found_note = కింద చూపిన లీకైన డేటాలో మీ { $thing } ఉంది. అంటే డబ్బు పోయిందని కాదు; మోసగాళ్లకు మీ గురించి ఈ వివరాలు తెలిసి ఉండొచ్చని అర్థం.
result-not_found = కనిపించలేదు
result-not_found_text =
    { $n ->
        [one] ఈ ఇండెక్స్‌లో ఉన్న { $n } డేటా లీకులో కనిపించలేదు.
       *[other] ఈ ఇండెక్స్‌లో ఉన్న { $n } డేటా లీకుల్లో కనిపించలేదు.
    } ఇది హామీ కాదు: ఈ ఇండెక్స్‌లో లేని ఇతర లీకులు కూడా ఉన్నాయి.
result-covered = ఈ ఇండెక్స్‌లో ఉన్న డేటా లీకులు:
result-happened = జరిగిన తేదీ: { $date }
result-added = చేర్చిన తేదీ: { $date }
result-records = ఈ ఇండెక్స్‌లో రికార్డులు: { $n }
result-exposed = బయటపడిన వివరాలు:
result-sources = ఎక్కడ వెల్లడైంది:
result-texts_from = కింది లీక్ వివరణలు, లింకులు ఇండెక్స్ ప్రచురణకర్త “{ $name }” రాసినవి; మీరు ఈ ప్రచురణకర్తను నమ్మాలని ఎంచుకోలేదు. అవి తప్పు లేదా తప్పుదారి పట్టించేవి కావచ్చు: వాటిలోని నంబర్లకు కాల్ చేయకండి, లింకులు తెరవకండి.
result-texts_unsigned = ఈ ఇండెక్స్‌కు సంతకం లేదు, కాబట్టి కింది లీక్ వివరణలు, లింకులు ఎవరైనా రాసి ఉండొచ్చు. అవి తప్పు లేదా తప్పుదారి పట్టించేవి కావచ్చు: వాటిలోని నంబర్లకు కాల్ చేయకండి, లింకులు తెరవకండి.
result-link_not_opened = (తెరవలేదు: ప్రచురణకర్తపై నమ్మకం లేదు)
result-verified = ఇండెక్స్ నిర్వాహకులు వెరిఫై చేశారు
result-unverified = ఇండెక్స్ నిర్వాహకులు వెరిఫై చేయలేదు
result-meaning = దీని అర్థం మీకు ఏమిటి
result-todo = ఇప్పుడు ఏం చేయాలి
result-todo_note = మీరు పెట్టిన టిక్‌లు Sajag తెరిచి ఉన్నంత వరకే ఉంటాయి; అవి ఎప్పుడూ సేవ్ కావు.
result-again = మరొకటి చెక్ చేయండి
result-not_found_guide = మీ నంబర్ లీక్‌లో ఉన్నా లేకపోయినా, ఒకే రకమైన మోసాలు అందరికీ వస్తాయి. వాటిని గుర్తించడం నేర్చుకోండి:
result-open_guide = మోసాల గైడ్ తెరవండి
class-name = పేరు
class-age = వయస్సు
class-gender = లింగం
class-mobile = మొబైల్ నంబర్
class-address = చిరునామా
class-test_date = టెస్ట్ తేదీ
class-test_result = టెస్ట్ ఫలితం
class-birth_year = పుట్టిన సంవత్సరం
class-id_number = గుర్తింపు పత్రం నంబర్
class-vaccination_centre = టీకా కేంద్రం
class-pan = PAN
class-city = నగరం
guide-heading = మోసాల గైడ్
guide-intro = డేటా లీక్ తర్వాత వచ్చే కాల్స్, మెసేజ్‌లు, ఆఫర్లు, “చికిత్సలు” — ఒక్కొక్కటి ఎలా పనిచేస్తుంది, దాన్ని ఎలా గుర్తించాలి, ఏం చేయాలి.
guide-search = గైడ్‌లో వెతకండి
guide-search_hint = ఉదా: OTP, ఆక్సిజన్, AnyDesk, PAN, రీఫండ్
guide-no_match = “{ $query }” ఏ వ్యాసంలోనూ లేదు. చిన్న పదం లేదా వేరే పదం ప్రయత్నించండి.
guide-matches =
    { $n ->
        [0] సరిపోయే వ్యాసాలు ఏవీ లేవు
        [one] సరిపోయే వ్యాసం: { $n }
       *[other] సరిపోయే వ్యాసాలు: { $n }
    }
guide-cat-calls = కాల్స్
guide-cat-messages = మెసేజ్‌లు, లింకులు
guide-cat-offers = ఆఫర్లు, అమ్మకాలు
guide-cat-treatments = టెస్ట్‌లు, చికిత్సలు
guide-cat-money = డబ్బు, చెల్లింపులు
guide-cat-identity = గుర్తింపు దుర్వినియోగం
guide-back = « అన్ని వ్యాసాలు
guide-example = ఇది ఎలా కనిపిస్తుంది
guide-example_note = ఒక ఉదాహరణ (కల్పితం: నంబర్లు, లింకులు నిజమైనవి కావు)
guide-how = ఇది ఎలా పనిచేస్తుంది
guide-red_flags = హెచ్చరిక గుర్తులు
guide-do_now = ఏం చేయాలి
guide-if_paid = మీరు ఇప్పటికే డబ్బు చెల్లించినా లేదా OTP లేదా PIN చెప్పినా
guide-report_to = ఎక్కడ ఫిర్యాదు చేయాలి
guide-related = సంబంధిత వ్యాసాలు
guide-sources = ఆధారాలు
guide-reviewed = ఆధారాలతో చివరిసారి సరిచూసిన తేదీ: { $date }
message-heading = మెసేజ్ చెక్ చేయండి
message-intro = మీకు అనుమానంగా ఉన్న SMS, WhatsApp మెసేజ్ లేదా ఈ-మెయిల్‌ను ఇక్కడ పేస్ట్ చేయండి. తెలిసిన మోసాల హెచ్చరిక గుర్తుల కోసం Sajag వెతుకుతుంది.
message-input_label = చెక్ చేయాల్సిన మెసేజ్
message-input_hint = మెసేజ్‌ను ఇక్కడ పేస్ట్ చేయండి
message-button = ఈ మెసేజ్ చెక్ చేయండి
message-clear = క్లియర్ చేయండి
message-keys = Ctrl+Enter నొక్కితే చెక్
message-preparing = చెక్ సిద్ధం చేస్తోంది…
message-rules_failed = మెసేజ్ చెక్ అందుబాటులో లేదు: { $message }
message-privacy = మెసేజ్ ఈ కంప్యూటర్‌లోనే చెక్ అవుతుంది. అది ఎక్కడికీ పంపబడదు, సేవ్ కాదు.
message-verdict_scam = ఇది మోసంలా కనిపిస్తోంది
message-note_scam = జవాబు ఇవ్వకండి, తిరిగి కాల్ చేయకండి, లింకులు నొక్కకండి, డబ్బు చెల్లించకండి, ఏ కోడ్ కూడా చెప్పకండి. ఇప్పటికే చేసి ఉంటే, “ఫిర్యాదు & సహాయం” చూడండి.
message-verdict_suspicious = జాగ్రత్త: ఇందులో హెచ్చరిక గుర్తులు ఉన్నాయి
message-note_suspicious = ఇది అడిగినది ఏదైనా చేసే ముందు, అధికారిక నంబర్ లేదా వెబ్‌సైట్ ద్వారా మీరే చెక్ చేసుకోండి.
message-verdict_none = హెచ్చరిక గుర్తులు కనిపించలేదు — అంతమాత్రాన ఇది సురక్షితం అని కాదు
message-note_none = ఈ చెక్ పదాలను మాత్రమే చదువుతుంది. మెసేజ్ నిజంగా ఎవరు పంపారో, లింక్ ఎక్కడికి తీసుకెళ్తుందో, కాల్ చేసిన వ్యక్తి చెప్పేది నిజమో కాదో ఇది చూడలేదు; మోసాలు కూడా మారుతుంటాయి. ఏదైనా చేసే ముందు, కింది మూడు ప్రశ్నలు అడగండి.
message-truncated = మెసేజ్ చాలా పెద్దది: మొదటి { $max } అక్షరాలు మాత్రమే చెక్ చేశాం.
message-verdict_minor = స్పష్టమైన హెచ్చరిక గుర్తులు లేవు
message-note_minor = కింది గుర్తు మోసాలలో తరచుగా ఉంటుంది, కానీ నిజమైన మెసేజ్‌లలో కూడా ఉంటుంది. ఏదైనా చేసే ముందు దాన్ని చెక్ చేయండి, OTP లేదా PIN ఎప్పుడూ ఎవరికీ చెప్పకండి.
message-questions = చాలా మోసాలను పట్టుకునే మూడు ప్రశ్నలు
message-q_ask = ఇది డబ్బు, ఏదైనా కోడ్ (OTP, PIN) అడుగుతోందా, లేదా ఏదైనా యాప్ ఇన్‌స్టాల్ చేయమంటోందా?
message-q_rush = ఇది మిమ్మల్ని తొందరపెడుతోందా లేదా భయపెడుతోందా (ఈ రోజే, ఈ రాత్రే, బ్లాక్, అరెస్ట్)?
message-q_link = ప్రతి లింక్ పంపినవారి నిజమైన డొమైన్‌లోనే ఉందా (ప్రభుత్వానిదైతే సాధారణంగా .gov.inతో ముగుస్తుంది)? అనుమానం ఉంటే, అధికారిక యాప్ తెరవండి లేదా చిరునామాను మీరే టైప్ చేయండి.
message-report_title = ఫిర్యాదు చేయండి
message-report_chakshu = ఆ మెసేజ్ లేదా కాల్‌పై sancharsaathi.gov.in (Sanchar Saathi)లోని Chakshuలో ఫిర్యాదు చేయండి.
message-report_1930 = మీరు డబ్బు పోగొట్టుకుంటే: వెంటనే 1930కి కాల్ చేయండి, లేదా cybercrime.gov.inలో ఫిర్యాదు చేయండి.
message-check_title = నంబర్ లేదా UPI id చెక్ చేయండి
message-check_suspect = I4C అనుమానితుల జాబితాలో (suspect repository) వెతకండి: https://cybercrime.gov.in/Webform/suspect_search_repository.aspx (cybercrime.gov.in లో, మెనూ "Report & Check Suspect"). జాబితాలో లేనంత మాత్రాన అది సురక్షితం అని కాదు.
message-flags = కనిపించిన హెచ్చరిక గుర్తులు: { $n }
message-found = మెసేజ్‌లో: { $text }
message-highlighted = హెచ్చరిక గుర్తులు గుర్తించిన మెసేజ్
help-heading = ఫిర్యాదు & సహాయం
help-intro = ఎవరికి కాల్ చేయాలి, ఎక్కడ ఫిర్యాదు చేయాలి. డబ్బు పోయిందా? ఇప్పుడే 1930కి కాల్ చేయండి — మొదటి కొన్ని గంటలే చాలా ముఖ్యం.
help-group-money = మీరు డబ్బు పోగొట్టుకున్నా లేదా OTP, PIN లేదా కార్డ్ వివరాలు చెప్పినా
help-group-suspected = మీకు అనుమానాస్పద కాల్, మెసేజ్, లింక్ లేదా ఈ-మెయిల్ వస్తే
help-group-identity = మీ గుర్తింపును ఎవరైనా వాడుతున్నట్టు అనిపిస్తే
help-group-prevent = అక్కర్లేని కాల్స్ తగ్గించడానికి
help-call = { $phone }కి కాల్ చేయండి
complaint-heading = ఫిర్యాదు సిద్ధం చేయండి
complaint-intro = ఏం జరిగిందో గుర్తున్నప్పుడే రాసుకోండి. Sajag దాన్ని ఒక సారాంశంగా మారుస్తుంది; దాన్ని సేవ్ చేసి cybercrime.gov.in లోని ఫిర్యాదు ఫారంలో పేస్ట్ చేయవచ్చు, లేదా మీ బ్యాంకుకు, పోలీసులకు తీసుకెళ్లవచ్చు.
complaint-what = ఏం జరిగింది
complaint-what_hint = మిమ్మల్ని ఎవరు సంప్రదించారు, ఏం చెప్పారు, మీరు ఏం చేశారు — వరుసగా
complaint-when = ఎప్పుడు
complaint-when_hint = తేదీ, సమయం, ఉదా: 27 Nov 2026, సుమారు సాయంత్రం 4 గంటలు
complaint-amounts = పోయిన మొత్తాలు
complaint-amounts_hint = ఉదా: ₹4,999 మరియు ₹10,000
complaint-transactions = లావాదేవీ IDలు, డబ్బు ఎక్కడికి వెళ్ళింది
complaint-transactions_hint = UTR / లావాదేవీ నంబర్లు, UPI IDలు, ఖాతా నంబర్లు
complaint-numbers = వాడిన నంబర్లు, లింకులు, యాప్‌లు
complaint-numbers_hint = కాల్ చేసిన లేదా మెసేజ్ పంపిన ఫోన్ నంబర్లు, లింకులు, యాప్‌ల పేర్లు
complaint-save = ఫైల్‌గా సేవ్ చేయండి…
complaint-clear = ఫారం క్లియర్ చేయండి
complaint-saved = { $path } లో సేవ్ అయింది
complaint-save_failed = ఫైల్ సేవ్ కాలేదు: { $message }
complaint-nothing_sent = ఏదీ పంపబడదు: ఫారం ఈ కంప్యూటర్‌లోనే ఉంటుంది, మీరు సేవ్ చేయకపోతే Sajag మూసినప్పుడు అది మరచిపోబడుతుంది.
complaint-file_name = complaint-summary.md
complaint-doc_title = ఫిర్యాదు సారాంశం
complaint-doc_next = తర్వాతి చర్యలు
complaint-doc_1930 = డబ్బు పోయింది: వెంటనే 1930కి (National Cyber Crime Helpline) కాల్ చేయండి.
complaint-doc_portal = https://cybercrime.gov.in లో ఫిర్యాదు చేసి, దాని నంబర్ దాచుకోండి.
complaint-doc_bank = కార్డులు, UPI బ్లాక్ చేయించడానికి, ఆ లావాదేవీలపై అభ్యంతరం చెప్పడానికి మీ కార్డ్ లేదా పాస్‌బుక్‌పై ఉన్న నంబర్‌లో మీ బ్యాంకుకు కాల్ చేయండి.
id_error-empty = దయచేసి మొబైల్ నంబర్ లేదా PAN టైప్ చేయండి.
id_error-mobile_has_letters = మొబైల్ నంబర్‌లో అక్షరాలు ఉండకూడదు.
id_error-mobile_bad_character = “{ $char }” మొబైల్ నంబర్‌లో ఉండకూడదు.
id_error-mobile_too_few_digits =
    { $n ->
        [1] { $n } అంకె మాత్రమే ఉంది — మొబైల్ నంబర్‌లో 10 అంకెలు ఉంటాయి.
       *[other] { $n } అంకెలు మాత్రమే ఉన్నాయి — మొబైల్ నంబర్‌లో 10 అంకెలు ఉంటాయి.
    }
id_error-mobile_too_many_digits =
    { $n ->
        [1] { $n } అంకె ఉంది — మొబైల్ నంబర్‌లో 10 అంకెలు ఉంటాయి.
       *[other] { $n } అంకెలు ఉన్నాయి — మొబైల్ నంబర్‌లో 10 అంకెలు ఉంటాయి.
    }
id_error-mobile_not_indian = ఇది భారతీయ నంబర్ కాదు: భారతీయ మొబైల్ నంబర్లు (+91) మాత్రమే చెక్ చేయగలం.
id_error-mobile_bad_first_digit = భారతీయ మొబైల్ నంబర్లు 6, 7, 8 లేదా 9తో మొదలవుతాయి.
id_error-mobile_landline = ఇది ల్యాండ్‌లైన్ నంబర్‌లా ఉంది (STD కోడ్‌తో మొదలవుతోంది). మొబైల్ నంబర్లు మాత్రమే చెక్ చేయగలం.
id_error-pan_wrong_length =
    { $n ->
        [1] PAN లో 10 అక్షరాలు ఉంటాయి (5 ఇంగ్లీష్ అక్షరాలు, 4 అంకెలు, 1 ఇంగ్లీష్ అక్షరం); ఇందులో { $n } మాత్రమే ఉంది.
       *[other] PAN లో 10 అక్షరాలు ఉంటాయి (5 ఇంగ్లీష్ అక్షరాలు, 4 అంకెలు, 1 ఇంగ్లీష్ అక్షరం); ఇందులో { $n } ఉన్నాయి.
    }
id_error-pan_bad_character = PAN లో ఇంగ్లీష్ అక్షరాలు, అంకెలు మాత్రమే ఉంటాయి; “{ $char }” వాటిలో ఒకటి కాదు.
id_error-pan_wrong_shape = PAN లో స్థానం { $position } వద్ద { $expected } ఉండాలి.
id_error-a_letter = ఒక ఇంగ్లీష్ అక్షరం
id_error-a_digit = ఒక అంకె
holder-P = ఒక వ్యక్తి
holder-C = ఒక కంపెనీ
holder-H = ఒక హిందూ అవిభక్త కుటుంబం (HUF)
holder-F = ఒక సంస్థ (firm)
holder-A = వ్యక్తుల సంఘం (AOP)
holder-T = ఒక ట్రస్ట్
holder-B = వ్యక్తుల సమూహం (BOI)
holder-L = ఒక స్థానిక సంస్థ
holder-J = ఒక కృత్రిమ న్యాయ వ్యక్తి (artificial juridical person)
holder-G = ఒక ప్రభుత్వ సంస్థ
holder-E = ఒక లిమిటెడ్ లయబిలిటీ పార్ట్‌నర్‌షిప్ (LLP)
holder-unknown = జాబితాలో లేని రకం (అక్షరం { $letter })
settings-heading = సెట్టింగ్స్
settings-source = ఇండెక్స్ మూలం
settings-trust = నమ్మకమైన ప్రచురణకర్తలు
settings-trust_text = ప్రతి ఇండెక్స్‌కు దాన్ని తయారు చేసినవారు సంతకం చేస్తారు. ఇక్కడ జాబితాలో ఉన్న ప్రచురణకర్తలకు మాత్రమే Sajag “… సంతకం చేసింది” అని పేరుతో చూపిస్తుంది; మిగతా ఏ ఇండెక్స్ అయినా తెలియని ప్రచురణకర్తదిగా లేదా సంతకం లేనిదిగా చూపబడుతుంది.
settings-trust_demo = Sajagలోనే ఉన్న డెమో ఇండెక్స్‌ను Sajag ఎప్పుడూ నమ్ముతుంది (దాని కీతో మరే ఇండెక్స్‌కూ సంతకం చేయడం సాధ్యం కాదు).
settings-trust_warning = ప్రచురణకర్త నుండే — వారి సొంత వెబ్‌సైట్ నుండి లేదా నేరుగా — పొందిన కీని మాత్రమే నమ్మండి. నమ్మకమైన ప్రచురణకర్త ఇచ్చిన లీక్ వివరణలు, లింకులు నమ్మదగినవిగా చూపబడతాయి.
settings-trust_key = ప్రచురణకర్త కీ (దాని .pub ఫైల్‌లోని లైన్‌ను పేస్ట్ చేయండి)
settings-trust_name = దానికి చూపాల్సిన పేరు (ఐచ్ఛికం)
settings-trust_add = ఈ ప్రచురణకర్తను నమ్మండి
settings-trust_remove = { $name }ను నమ్మడం ఆపండి
settings-trust_failed = ఈ కీని వాడలేము: { $message }
settings-source_demo = Sajagలోనే ఉన్న డెమో ఇండెక్స్
settings-source_file = ఈ కంప్యూటర్‌లోని ఇండెక్స్ ఫైల్
settings-source_url = ఆన్‌లైన్ ఇండెక్స్ (వెబ్ చిరునామా)
settings-file_label = ఇండెక్స్ ఫైల్ మార్గం
settings-file_hint = /path/to/index.sajag
settings-browse = ఫైల్ ఎంచుకోండి…
settings-use_file = ఈ ఫైల్ వాడండి
settings-url_label = ఇండెక్స్ వెబ్ చిరునామా
settings-url_hint = https://… (సాధారణ http ఈ కంప్యూటర్‌కు మాత్రమే)
settings-use_url = ఈ చిరునామా వాడండి
settings-use_demo = డెమో ఇండెక్స్ వాడండి
settings-current = ఇప్పుడు వాడుతున్నది: { $name }
settings-appearance = రూపం
settings-theme = థీమ్
settings-theme_system = సిస్టమ్
settings-theme_light = లైట్
settings-theme_dark = డార్క్
settings-text_size = అక్షరాల పరిమాణం
settings-smaller = చిన్న అక్షరాలు
settings-larger = పెద్ద అక్షరాలు
settings-language = భాష
settings-save_failed = సెట్టింగ్స్ సేవ్ కాలేదు: { $message }
settings-about = గురించి
settings-version = Sajag వెర్షన్ { $version }
settings-licence = లైసెన్స్: Apache-2.0. ఫాంట్లు: దేవనాగరి, బెంగాలీ, గురుముఖి, గుజరాతీ, ఒడియా, తమిళం, తెలుగు, కన్నడ, మలయాళం లిపుల కోసం Noto Sans (SIL Open Font License 1.1).
settings-privacy = గోప్యత: మీరు టైప్ చేసేది ఎప్పుడూ సేవ్ కాదు, ఎక్కడా నమోదు (log) కాదు. ఒక చెక్ మీ నంబర్ హాష్ కోడ్‌లోని మొదటి 5 అక్షరాలను మాత్రమే పంపుతుంది (blinded ఇండెక్స్ అయితే, దాన్ని తిరిగి మీ నంబర్‌గా మార్చలేని రెండు యాదృచ్ఛిక విలువలు కూడా), అది కూడా మీరు ఎంచుకున్న ఆన్‌లైన్ ఇండెక్స్‌కు మాత్రమే. సెట్టింగ్స్ (ఇండెక్స్, రూపం, భాష, మీరు నమ్మే ప్రచురణకర్తలు, కొత్త లీకుల గురించి చెప్పడానికి ప్రతి ఇండెక్స్‌లోని లీకుల పేర్లు) ఈ కంప్యూటర్‌లో ఉంటాయి, ప్రతి ప్రచురణకర్త నుండి చూసిన సరికొత్త తయారీ తేదీతో పాటు (పాత కాపీలను తిరస్కరించడానికి); చెక్‌లిస్ట్ టిక్‌లు ఎప్పుడూ సేవ్ కావు. ఎలాంటి telemetry లేదు. మీరు చెక్ చేసే మెసేజ్‌లు, ఫిర్యాదు ఫారం ఈ కంప్యూటర్ మెమరీలోనే ఉంటాయి; ఫిర్యాదు మీరు సేవ్ చేసిన చోట మాత్రమే రాయబడుతుంది.

# The Family check screen and the notice of new breaches (#13).
nav-family = కుటుంబ చెక్
family-heading = మీ కుటుంబ సభ్యుల నంబర్లు చెక్ చేయండి
family-intro = ఒకేసారి 10 వరకు మొబైల్ నంబర్లు లేదా PANలు చెక్ చేయండి — అమ్మా నాన్నల నంబర్, భార్య లేదా భర్త PAN. ఒక్కో లైన్‌లో ఒకటి; ప్రతిదాన్ని విడిగా, ఒక్క చెక్ లాగే చెక్ చేస్తాం.
family-input_label = నంబర్లు, PANలు, ఒక్కో లైన్‌లో ఒకటి
family-input_hint =
    +91 98765 43210
    ABCPE1234F
family-too_many = ఒకేసారి గరిష్టంగా { $max }. చెక్ చేయనిది: లైన్ { $lines }. వాటిని రెండో విడతలో చెక్ చేయండి.
family-leaves_remote = ప్రతి లైన్‌కు, దాని సొంత 5 అక్షరాలు మాత్రమే ఇండెక్స్ సర్వర్‌కు పంపబడతాయి, ఒక్క చెక్‌లో లాగే. ఏదీ సేవ్ కాదు.
family-leaves_local = ఈ కంప్యూటర్ నుండి ఏదీ బయటకు వెళ్ళదు: ఈ ఇండెక్స్ మీ పరికరంలోనే ఉంది. ఏదీ సేవ్ కాదు.
family-button = అన్నీ చెక్ చేయండి
family-clear = అన్నీ క్లియర్ చేయండి
family-results = ఫలితాలు
family-row = లైన్ { $lines }: { $masked }
family-row_invalid = లైన్ { $lines }
family-error_note = దీని అర్థం “కనిపించలేదు” అని కాదు: ఈ లైన్ చెక్ కాలేదు. మళ్ళీ ప్రయత్నించడానికి “అన్నీ చెక్ చేయండి” నొక్కండి.
family-not_found_text =
    { $n ->
        [one] ఈ ఇండెక్స్‌లో ఉన్న { $n } డేటా లీకులో కనిపించలేదు. ఇది హామీ కాదు: ఇతర లీకులు కూడా ఉన్నాయి.
       *[other] ఈ ఇండెక్స్‌లో ఉన్న { $n } డేటా లీకుల్లో కనిపించలేదు. ఇది హామీ కాదు: ఇతర లీకులు కూడా ఉన్నాయి.
    }
family-not_checked = చెక్ చేయలేదు, పరిమితి దాటింది: లైన్ { $lines }.
family-kept = ఈ ఫలితాలు Sajag తెరిచి ఉన్నంత వరకే ఉంటాయి; ఏదీ సేవ్ కాదు. మీరు ఈ స్క్రీన్ నుండి వెళ్ళగానే బాక్స్ ఖాళీ అవుతుంది.
news-added =
    { $n ->
        [one] మీరు చివరిసారి చెక్ చేసిన తర్వాత { $n } కొత్త డేటా లీక్ చేరింది: { $titles }
       *[other] మీరు చివరిసారి చెక్ చేసిన తర్వాత { $n } కొత్త డేటా లీకులు చేరాయి: { $titles }
    }
news-note = మీరు ఏం చెక్ చేశారో Sajag గుర్తుంచుకోదు, కాబట్టి మీరు వాటిలో ఉన్నారో లేదో అది చెప్పలేదు. తెలుసుకోవడానికి మీ నంబర్ లేదా PAN మళ్ళీ చెక్ చేయండి.
news-check_again = మళ్ళీ చెక్ చేయండి
news-dismiss = మూసివేయండి
