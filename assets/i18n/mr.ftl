# Sajag's Marathi user-interface text (Project Fluent: https://projectfluent.org/fluent/guide/).
# Every string the app shows goes through this file (src/app/i18n.rs). `{ $name }` is a value the
# app fills in; a message about a number of things selects its form by the language's CLDR plural
# category (Marathi: `[one]` is n = 1, `*[other]` the rest; `[1]` where only exactly 1 takes the
# singular; `[0]` for "none"). The code writes ids with dots (result.found), this file with dashes
# (result-found). Every language's file has exactly the ids of en.ftl, each with the same
# variables (a unit test checks both). Words follow assets/guidance/glossary.mr.toml.

app-title = Sajag
app-tagline = सजग: तुमचा नंबर किंवा PAN एखाद्या डेटा लीकमध्ये आहे का, ते खासगीपणे तपासा
nav-check = तपासा
nav-result = निकाल
nav-guide = फसवणूक मार्गदर्शक
nav-message = मेसेज तपासा
nav-help = तक्रार आणि मदत
nav-settings = सेटिंग्ज
badge-demo = डेमो डेटा
check-heading = माझा नंबर किंवा PAN एखाद्या डेटा लीकमध्ये आहे का?
check-intro = तुमचा मोबाईल नंबर किंवा PAN लिहा. सजग तो कुठेही न पाठवता तपासते.
check-input_label = मोबाईल नंबर किंवा PAN
check-input_hint = उदा. +91 98765 43210 किंवा ABCPE1234F
check-kind_mobile = मोबाईल नंबर: { $masked }
check-kind_pan = PAN: { $masked } (धारक: { $holder })
check-leaves_remote = या कॉम्प्युटरमधून बाहेर जाणारे: फक्त ही 5 अक्षरे: { $prefix } — तुमचा { $thing } इथेच राहतो.
check-leaves_blinded = या कॉम्प्युटरमधून बाहेर जाणारे: फक्त ही 5 अक्षरे: { $prefix }, आणि दोन लपवलेले (ब्लाइंड केलेले) कोड, ज्यांच्यावरून तुमचा { $thing } परत काढता येत नाही — तुमचा { $thing } इथेच राहतो.
check-leaves_local = या कॉम्प्युटरमधून काहीही बाहेर जात नाही: हा इंडेक्स तुमच्या डिव्हाइसवरच आहे. (ऑनलाइन इंडेक्स असता, तर फक्त ही 5 अक्षरे पाठवली गेली असती: { $prefix }.)
check-thing_mobile = नंबर
check-thing_pan = PAN
check-how_link = हे कसे काम करते
check-how_text = तुमच्या नंबर किंवा PAN वरून याच कॉम्प्युटरवर एक हॅश कोड (SHA-256) तयार केला जातो: अंक आणि अक्षरांची एक लांब ओळ. या कोडची फक्त पहिली 5 अक्षरे पाठवून नोंदींचा एक छोटा गट मागवला जातो. प्रत्येक गटात सुमारे 3,800 संभाव्य नंबर असतात, त्यामुळे गटावरून तुमचा नंबर कोणता हे कळत नाही. (साध्या मोडचा संपूर्ण इंडेक्स ज्याच्याकडे असेल, तो त्यातून उलट नंबर काढू शकतो. म्हणून सार्वजनिक सेवांनी ब्लाइंड मोड वापरावा, ज्यात प्रत्येक तपासणीसाठी सर्व्हरची मदत लागते.) गटाशी जुळवणी इथेच, तुमच्या कॉम्प्युटरवर होते. तुम्ही जे लिहिता ते कधीही सेव्ह होत नाही.
check-button = आता तपासा
check-clear = पुसा
check-cancel = रद्द करा
check-checking = तपासणी सुरू आहे…
check-cancelled = तपासणी रद्द केली.
check-error = तपासणी पूर्ण होऊ शकली नाही: { $message }
check-error_note = याचा अर्थ “सापडले नाही” असा नाही. पुन्हा प्रयत्न करा, किंवा सेटिंग्जमध्ये दुसरा इंडेक्स निवडा.
check-retry = पुन्हा प्रयत्न करा
check-retry_in = इंडेक्स सर्व्हरने थांबायला सांगितले आहे: तुम्ही { $seconds } सेकंदांनी पुन्हा प्रयत्न करू शकता.
check-keys = Enter दाबून तपासा · Escape ने पुसा किंवा रद्द करा
source-against = इंडेक्स: { $name }
source-loading = इंडेक्स उघडत आहे…
source-failed = इंडेक्स उघडता आला नाही: { $message }
source-retry = पुन्हा प्रयत्न करा
source-demo_name = ॲपसोबत आलेला डेमो इंडेक्स
source-demo_note = डेमो डेटा: सजग वापरून पाहण्यासाठी तयार केलेल्या काल्पनिक नोंदी. यावरून खऱ्या डेटा लीकबद्दल काहीही कळत नाही.
source-details = तयार: { $built } · { $breaches } डेटा लीक · { $entries } नंबर/PAN
source-open_settings = इंडेक्स निवडा
source-verifying = फाइल तिच्या चेकसमशी तपासली जात आहे
source-signed_trusted = { $name } यांची सही आहे; या प्रकाशकावर तुमचा विश्वास आहे.
source-signed_unknown = स्वतःला “{ $name }” म्हणवणाऱ्या एका अनोळखी प्रकाशकाची सही आहे (सहीची की: { $key }). यातील डेटा लीकची माहिती त्याचेच शब्द आहेत; ही की कोणाची आहे हे माहीत असेल तरच सेटिंग्जमध्ये तिच्यावर विश्वास ठेवा.
source-unsigned = सही नाही — हा इंडेक्स कोणीही तयार केलेला असू शकतो. यातील डेटा लीकची माहिती कोणीही तपासलेली नाही.
result-heading = { $masked } चा निकाल
result-found =
    { $n ->
        [one] { $n } डेटा लीकमध्ये सापडला
       *[other] { $n } डेटा लीकमध्ये सापडला
    }
result-found_note = तुमचा { $thing } खाली दिलेल्या लीक झालेल्या डेटामध्ये आहे. याचा अर्थ तुमचे पैसे गेले असा नाही; याचा अर्थ फसवणूक करणाऱ्यांना तुमच्याबद्दलची ही माहिती माहीत असू शकते.
result-not_found = सापडले नाही
result-not_found_text =
    { $n ->
        [one] हा इंडेक्स ज्या { $n } डेटा लीकचा समावेश करतो, त्यात सापडले नाही.
       *[other] हा इंडेक्स ज्या { $n } डेटा लीकचा समावेश करतो, त्यांच्यात सापडले नाही.
    } ही खात्री नाही: इतरही डेटा लीक झाले आहेत, जे या इंडेक्समध्ये नाहीत.
result-covered = या इंडेक्समध्ये समाविष्ट डेटा लीक:
result-happened = कधी झाले: { $date }
result-added = जोडले: { $date }
result-records = या इंडेक्समधील नोंदी: { $n }
result-exposed = काय काय उघड झाले:
result-sources = याची बातमी इथे आली:
result-texts_from = खालील डेटा लीकची माहिती आणि लिंक इंडेक्सचे प्रकाशक “{ $name }” यांनी लिहिल्या आहेत, आणि त्यांच्यावर विश्वास ठेवायचे तुम्ही निवडलेले नाही. त्या चुकीच्या किंवा दिशाभूल करणाऱ्या असू शकतात: त्यातील नंबरवर कॉल करू नका आणि लिंक उघडू नका.
result-texts_unsigned = या इंडेक्सवर सही नाही, त्यामुळे खालील डेटा लीकची माहिती आणि लिंक कोणीही लिहिलेल्या असू शकतात. त्या चुकीच्या किंवा दिशाभूल करणाऱ्या असू शकतात: त्यातील नंबरवर कॉल करू नका आणि लिंक उघडू नका.
result-link_not_opened = (उघडली नाही: प्रकाशक विश्वासार्ह नाही)
result-verified = इंडेक्स चालवणाऱ्यांनी याची पडताळणी केली आहे
result-unverified = इंडेक्स चालवणाऱ्यांनी याची पडताळणी केलेली नाही
result-meaning = तुमच्यासाठी याचा अर्थ
result-todo = आता काय करावे
result-todo_note = तुम्ही केलेल्या खुणा फक्त सजग उघडे आहे तोपर्यंत राहतात; त्या कधीही सेव्ह होत नाहीत.
result-again = दुसरा तपासा
result-not_found_guide = तुमचा नंबर डेटा लीकमध्ये असो वा नसो, याच फसवणुकी सगळ्यांपर्यंत पोहोचतात. त्या ओळखायला शिका:
result-open_guide = फसवणूक मार्गदर्शक उघडा
class-name = नाव
class-age = वय
class-gender = लिंग
class-mobile = मोबाईल नंबर
class-address = पत्ता
class-test_date = चाचणीची तारीख
class-test_result = चाचणीचा निकाल
class-birth_year = जन्म वर्ष
class-id_number = ओळखपत्राचा नंबर
class-vaccination_centre = लसीकरण केंद्र
class-pan = PAN
class-city = शहर
guide-heading = फसवणूक मार्गदर्शक
guide-intro = डेटा लीकनंतर येणारे कॉल, मेसेज, ऑफर आणि “उपचार” — प्रत्येक कसे चालते, ते कसे ओळखावे आणि काय करावे.
guide-search = मार्गदर्शकात शोधा
guide-search_hint = उदा. OTP, ऑक्सिजन, AnyDesk, PAN, रिफंड
guide-no_match = कोणत्याही लेखात “{ $query }” सापडले नाही. छोटा किंवा वेगळा शब्द लिहून पाहा.
guide-matches =
    { $n ->
        [0] एकही लेख सापडला नाही
        [one] { $n } लेख सापडला
       *[other] { $n } लेख सापडले
    }
guide-cat-calls = कॉल
guide-cat-messages = मेसेज आणि लिंक
guide-cat-offers = ऑफर आणि विक्री
guide-cat-treatments = चाचण्या आणि उपचार
guide-cat-money = पैसे आणि पेमेंट
guide-cat-identity = ओळखीचा गैरवापर
guide-back = « सर्व लेख
guide-example = हे कसे दिसते
guide-example_note = एक उदाहरण (काल्पनिक: यातील नंबर आणि लिंक खरे नाहीत)
guide-how = ही फसवणूक कशी होते
guide-red_flags = धोक्याची चिन्हे
guide-do_now = काय करावे
guide-if_paid = तुम्ही आधीच पैसे दिले असतील किंवा OTP किंवा PIN सांगितला असेल तर
guide-report_to = इथे तक्रार करा
guide-related = संबंधित लेख
guide-sources = स्रोत
guide-reviewed = स्रोतांशी शेवटची पडताळणी: { $date }
message-heading = मेसेज तपासा
message-intro = ज्या SMS, WhatsApp मेसेज किंवा ई-मेलबद्दल तुम्हाला शंका आहे, तो इथे पेस्ट करा. सजग त्यात ओळखीच्या फसवणुकींची धोक्याची चिन्हे शोधते.
message-input_label = तपासायचा मेसेज
message-input_hint = मेसेज इथे पेस्ट करा
message-button = हा मेसेज तपासा
message-clear = पुसा
message-keys = Ctrl+Enter दाबून तपासा
message-preparing = तपासणीची तयारी सुरू आहे…
message-rules_failed = मेसेजची तपासणी सध्या उपलब्ध नाही: { $message }
message-privacy = मेसेज याच कॉम्प्युटरवर तपासला जातो. तो कुठेही पाठवला जात नाही आणि सेव्हही होत नाही.
message-verdict_scam = ही फसवणूक दिसते
message-note_scam = उत्तर देऊ नका, परत कॉल करू नका, लिंक उघडू नका, पैसे देऊ नका आणि कोणताही कोड सांगू नका. आधीच असे केले असेल, तर “तक्रार आणि मदत” पाहा.
message-verdict_suspicious = सावध राहा: यात धोक्याची चिन्हे आहेत
message-note_suspicious = हा मेसेज जे करायला सांगतो ते करण्याआधी अधिकृत नंबर किंवा वेबसाइटवरून स्वतः खात्री करा.
message-verdict_none = धोक्याचे कोणतेही चिन्ह सापडले नाही — पण एवढ्याने हा मेसेज सुरक्षित ठरत नाही
message-note_none = ही तपासणी फक्त शब्द वाचते. मेसेज खरोखर कोणी पाठवला, लिंक कुठे नेते, किंवा कॉल करणाऱ्याची गोष्ट खरी आहे का, हे तिला दिसत नाही, आणि फसवणुकीच्या पद्धती बदलत राहतात. काहीही करण्याआधी खालील तीन प्रश्न विचारा.
message-truncated = मेसेज खूप मोठा आहे: फक्त त्याची पहिली { $max } अक्षरे तपासली.
message-verdict_minor = धोक्याचे स्पष्ट चिन्ह नाही
message-note_minor = खाली दिलेले चिन्ह फसवणुकीत अनेकदा दिसते, पण खऱ्या मेसेजमध्येही दिसू शकते. काहीही करण्याआधी ते तपासा, आणि OTP किंवा PIN कधीही कोणालाही सांगू नका.
message-questions = बहुतेक फसवणूक पकडणारे तीन प्रश्न
message-q_ask = हा मेसेज पैसे, एखादा कोड (OTP, PIN) किंवा एखादे ॲप इन्स्टॉल करायला सांगतो का?
message-q_rush = तो तुम्हाला घाई करायला लावतो किंवा घाबरवतो का (आजच, आज रात्री, ब्लॉक, अटक)?
message-q_link = प्रत्येक लिंक पाठवणाऱ्याच्या खऱ्या वेबसाइटवरची आहे का (सरकारी वेबसाइटच्या शेवटी सहसा .gov.in असते)? शंका असेल तर अधिकृत ॲप उघडा किंवा पत्ता स्वतः टाइप करा.
message-report_title = तक्रार करा
message-report_chakshu = मेसेज किंवा कॉलची तक्रार sancharsaathi.gov.in (Sanchar Saathi, संचार साथी) वर Chakshu (चक्षू) मध्ये करा.
message-report_1930 = पैसे गेले असतील तर: लगेच 1930 वर कॉल करा, किंवा cybercrime.gov.in वर तक्रार करा.
message-check_title = नंबर किंवा UPI आयडी तपासा
message-check_suspect = तो I4C च्या संशयितांच्या यादीत शोधा: https://cybercrime.gov.in/Webform/suspect_search_repository.aspx (cybercrime.gov.in वर मेन्यू "Report & Check Suspect"). यादीत नसणे म्हणजे सुरक्षित असणे नाही.
message-flags = सापडलेली धोक्याची चिन्हे: { $n }
message-found = मेसेजमध्ये: { $text }
message-highlighted = मेसेज, धोक्याच्या चिन्हांवर खुणा करून
help-heading = तक्रार आणि मदत
help-intro = कोणाला फोन करावा आणि कुठे तक्रार करावी. पैसे गेले? आत्ताच 1930 वर कॉल करा — पहिले काही तास सर्वात महत्त्वाचे असतात.
help-group-money = तुमचे पैसे गेले असतील, किंवा तुम्ही OTP, PIN किंवा कार्डची माहिती सांगितली असेल तर
help-group-suspected = तुम्हाला संशयास्पद कॉल, मेसेज, लिंक किंवा ई-मेल आला असेल तर
help-group-identity = कोणी तुमची ओळख वापरत असल्याची शंका असेल तर
help-group-prevent = नको असलेले कॉल कमी करा
help-call = { $phone } वर कॉल करा
complaint-heading = तक्रार तयार करा
complaint-intro = जे घडले ते आठवत असतानाच लिहून ठेवा. सजग त्याचा एक सारांश तयार करते, जो तुम्ही सेव्ह करून cybercrime.gov.in वरच्या तक्रार फॉर्ममध्ये पेस्ट करू शकता, किंवा तुमच्या बँकेत किंवा पोलिसांकडे घेऊन जाऊ शकता.
complaint-what = काय घडले
complaint-what_hint = कोणी संपर्क केला, ते काय म्हणाले, तुम्ही काय केले — क्रमाने
complaint-when = कधी
complaint-when_hint = तारीख आणि वेळ, उदा. 27 नोव्हेंबर 2026, दुपारी सुमारे 4 वाजता
complaint-amounts = गेलेली रक्कम
complaint-amounts_hint = उदा. ₹4,999 आणि ₹10,000
complaint-transactions = ट्रान्झॅक्शन ID आणि पैसे कुठे गेले
complaint-transactions_hint = UTR / व्यवहार नंबर, UPI ID, खाते नंबर
complaint-numbers = वापरलेले नंबर, लिंक आणि ॲप
complaint-numbers_hint = ज्या नंबरवरून कॉल किंवा मेसेज आले ते, लिंक, ॲपची नावे
complaint-save = फाइलमध्ये सेव्ह करा…
complaint-clear = फॉर्म पुसा
complaint-saved = { $path } मध्ये सेव्ह झाले
complaint-save_failed = फाइल सेव्ह होऊ शकली नाही: { $message }
complaint-nothing_sent = काहीही पाठवले जात नाही: फॉर्म याच कॉम्प्युटरवर राहतो, आणि तुम्ही सेव्ह केला नाही तर सजग बंद करताच पुसला जातो.
complaint-file_name = complaint-summary.md
complaint-doc_title = तक्रारीचा सारांश
complaint-doc_next = पुढे काय करावे
complaint-doc_1930 = पैसे गेले आहेत: लगेच 1930 (राष्ट्रीय सायबर गुन्हे हेल्पलाइन) वर कॉल करा.
complaint-doc_portal = https://cybercrime.gov.in वर तक्रार नोंदवा आणि तिचा नंबर जपून ठेवा.
complaint-doc_bank = तुमच्या कार्डवर किंवा पासबुकवर छापलेल्या नंबरवर बँकेला कॉल करा: कार्ड आणि UPI बंद करायला सांगा, आणि हे व्यवहार चुकीचे असल्याची तक्रार (डिस्प्युट) नोंदवा.
id_error-empty = कृपया मोबाईल नंबर किंवा PAN लिहा.
id_error-mobile_has_letters = मोबाईल नंबरमध्ये अक्षरे असू शकत नाहीत.
id_error-mobile_bad_character = “{ $char }” मोबाईल नंबरचा भाग असू शकत नाही.
id_error-mobile_too_few_digits =
    { $n ->
        [1] { $n } अंक आहे — मोबाईल नंबरमध्ये 10 अंक असतात.
       *[other] { $n } अंक आहेत — मोबाईल नंबरमध्ये 10 अंक असतात.
    }
id_error-mobile_too_many_digits =
    { $n ->
        [1] { $n } अंक आहे — मोबाईल नंबरमध्ये 10 अंक असतात.
       *[other] { $n } अंक आहेत — मोबाईल नंबरमध्ये 10 अंक असतात.
    }
id_error-mobile_not_indian = हा भारतीय नंबर नाही: फक्त भारतीय मोबाईल नंबर (+91) तपासता येतात.
id_error-mobile_bad_first_digit = भारतीय मोबाईल नंबर 6, 7, 8 किंवा 9 ने सुरू होतात.
id_error-mobile_landline = हा लँडलाइन नंबर दिसतो (तो STD कोडने सुरू होतो). फक्त मोबाईल नंबर तपासता येतात.
id_error-pan_wrong_length =
    { $n ->
        [1] PAN मध्ये 10 अक्षरे-अंक असतात (5 अक्षरे, 4 अंक, 1 अक्षर); यात { $n } आहे.
       *[other] PAN मध्ये 10 अक्षरे-अंक असतात (5 अक्षरे, 4 अंक, 1 अक्षर); यात { $n } आहेत.
    }
id_error-pan_bad_character = PAN मध्ये फक्त इंग्रजी अक्षरे आणि अंक असतात; “{ $char }” त्यापैकी नाही.
id_error-pan_wrong_shape = PAN मध्ये जागा क्रमांक { $position } वर { $expected } असायला हवे.
id_error-a_letter = एक अक्षर
id_error-a_digit = एक अंक
holder-P = एक व्यक्ती
holder-C = एक कंपनी
holder-H = हिंदू अविभक्त कुटुंब (HUF)
holder-F = एक फर्म
holder-A = व्यक्तींचा संघ (AOP)
holder-T = एक ट्रस्ट
holder-B = व्यक्तींचा समूह (BOI)
holder-L = एक स्थानिक स्वराज्य संस्था
holder-J = एक कृत्रिम कायदेशीर व्यक्ती
holder-G = एक सरकारी संस्था
holder-E = लिमिटेड लायबिलिटी पार्टनरशिप (LLP)
holder-unknown = यादीत नसलेला धारक प्रकार (अक्षर { $letter })
settings-heading = सेटिंग्ज
settings-source = इंडेक्स कुठून घ्यायचा
settings-trust = विश्वासू प्रकाशक
settings-trust_text = प्रत्येक इंडेक्सवर तो तयार करणाऱ्याची सही असते. सजग “… यांची सही” असे नावासह फक्त इथे दिलेल्या प्रकाशकांसाठी दाखवते; इतर प्रत्येक इंडेक्स अनोळखी प्रकाशकाचा किंवा सही नसलेला म्हणून दाखवला जातो.
settings-trust_demo = ॲपसोबत आलेल्या डेमो इंडेक्सवर नेहमी विश्वास ठेवला जातो (त्याच्या कीने दुसऱ्या कशावरही सही करता येत नाही).
settings-trust_warning = फक्त प्रकाशकाकडूनच मिळालेल्या कीवर विश्वास ठेवा — त्याच्या स्वतःच्या वेबसाइटवरून किंवा प्रत्यक्ष भेटून. विश्वासू प्रकाशकाची डेटा लीकची माहिती आणि लिंक विश्वासार्ह म्हणून दाखवल्या जातात.
settings-trust_key = प्रकाशकाची की (त्याच्या .pub फाइलमधील ओळ पेस्ट करा)
settings-trust_name = त्यासाठी दाखवायचे नाव (आवश्यक नाही)
settings-trust_add = या प्रकाशकावर विश्वास ठेवा
settings-trust_remove = { $name } वरचा विश्वास काढा
settings-trust_failed = ही की वापरता येत नाही: { $message }
settings-source_demo = ॲपसोबत आलेला डेमो इंडेक्स
settings-source_file = या कॉम्प्युटरवरील इंडेक्स फाइल
settings-source_url = ऑनलाइन इंडेक्स (वेब पत्ता)
settings-file_label = इंडेक्स फाइलचा पाथ
settings-file_hint = /path/to/index.sajag
settings-browse = फाइल निवडा…
settings-use_file = ही फाइल वापरा
settings-url_label = इंडेक्सचा वेब पत्ता
settings-url_hint = https://… (साधे http फक्त याच कॉम्प्युटरसाठी)
settings-use_url = हा पत्ता वापरा
settings-use_demo = डेमो इंडेक्स वापरा
settings-current = सध्या वापरात: { $name }
settings-appearance = रूप
settings-theme = थीम
settings-theme_system = सिस्टमप्रमाणे
settings-theme_light = लाइट
settings-theme_dark = डार्क
settings-text_size = अक्षरांचा आकार
settings-smaller = लहान अक्षरे
settings-larger = मोठी अक्षरे
settings-language = भाषा
settings-save_failed = सेटिंग्ज सेव्ह होऊ शकल्या नाहीत: { $message }
settings-about = सजगबद्दल
settings-version = सजग आवृत्ती { $version }
settings-licence = लायसन्स: Apache-2.0. फॉन्ट: देवनागरी, बंगाली, गुरुमुखी, गुजराती, ओडिया, तमिळ, तेलुगू, कन्नड आणि मल्याळम लिपींसाठी Noto Sans (SIL Open Font License 1.1).
settings-privacy = गोपनीयता: तुम्ही जे लिहिता ते कधीही सेव्ह किंवा लॉग होत नाही. एका तपासणीत जास्तीत जास्त तुमच्या नंबरच्या हॅश कोडची पहिली 5 अक्षरे पाठवली जातात (आणि ब्लाइंड इंडेक्ससाठी दोन रँडम कोड, ज्यांच्यावरून तुमचा नंबर परत काढता येत नाही), आणि तीही फक्त तुम्ही निवडलेल्या ऑनलाइन इंडेक्सला. सेटिंग्ज (इंडेक्स, रूप, भाषा, तुमचा विश्वास असलेले प्रकाशक, आणि नवीन डेटा लीकबद्दल सांगता यावे म्हणून प्रत्येक इंडेक्समधील डेटा लीकची नावे) याच कॉम्प्युटरवर ठेवल्या जातात, सोबत प्रत्येक प्रकाशकाच्या सर्वात नवीन इंडेक्सची तारीख (जुन्या प्रती नाकारण्यासाठी); चेकलिस्टमधील खुणा कधीही सेव्ह होत नाहीत. सजग तुमच्या वापराची कोणतीही माहिती (टेलिमेट्री) पाठवत नाही. तुम्ही तपासलेले मेसेज आणि तक्रार फॉर्म फक्त याच कॉम्प्युटरच्या मेमरीत राहतात; तक्रार फक्त तुम्ही सेव्ह कराल तिथेच लिहिली जाते.

# The Family check screen and the notice of new breaches (#13).
nav-family = कुटुंबाची तपासणी
family-heading = तुमच्या कुटुंबाचे नंबर तपासा
family-intro = एकाच वेळी 10 पर्यंत मोबाईल नंबर किंवा PAN तपासा — आई-वडिलांचा नंबर, पती/पत्नीचा PAN. प्रत्येक ओळीत एक; प्रत्येकाची तपासणी स्वतंत्रपणे होते, अगदी एकट्या तपासणीसारखी.
family-input_label = नंबर आणि PAN, प्रत्येक ओळीत एक
family-input_hint =
    +91 98765 43210
    ABCPE1234F
family-too_many = एका वेळी जास्तीत जास्त { $max }. तपासल्या नाहीत: ओळ { $lines }. त्या पुढच्या फेरीत तपासा.
family-leaves_remote = प्रत्येक ओळीसाठी फक्त तिची स्वतःची 5 अक्षरे इंडेक्स सर्व्हरला पाठवली जातात, एकट्या तपासणीसारखीच. काहीही सेव्ह होत नाही.
family-leaves_local = या कॉम्प्युटरमधून काहीही बाहेर जात नाही: हा इंडेक्स तुमच्या डिव्हाइसवरच आहे. काहीही सेव्ह होत नाही.
family-button = सर्व तपासा
family-clear = सर्व पुसा
family-results = निकाल
family-row = ओळ { $lines }: { $masked }
family-row_invalid = ओळ { $lines }
family-error_note = याचा अर्थ “सापडले नाही” असा नाही: ही ओळ तपासता आली नाही. पुन्हा प्रयत्न करण्यासाठी “सर्व तपासा” दाबा.
family-not_found_text =
    { $n ->
        [one] हा इंडेक्स ज्या { $n } डेटा लीकचा समावेश करतो, त्यात सापडले नाही. ही खात्री नाही: इतरही डेटा लीक झाले आहेत.
       *[other] हा इंडेक्स ज्या { $n } डेटा लीकचा समावेश करतो, त्यांच्यात सापडले नाही. ही खात्री नाही: इतरही डेटा लीक झाले आहेत.
    }
family-not_checked = मर्यादेपेक्षा जास्त, म्हणून तपासली नाही: ओळ { $lines }.
family-kept = हे निकाल फक्त सजग उघडे आहे तोपर्यंत राहतात; काहीही सेव्ह होत नाही. ही स्क्रीन सोडल्यावर बॉक्स रिकामा होतो.
news-added =
    { $n ->
        [one] तुम्ही मागच्या वेळी तपासल्यानंतर { $n } नवीन डेटा लीक जोडला गेला आहे: { $titles }
       *[other] तुम्ही मागच्या वेळी तपासल्यानंतर { $n } नवीन डेटा लीक जोडले गेले आहेत: { $titles }
    }
news-note = तुम्ही काय तपासले होते हे सजग लक्षात ठेवत नाही, त्यामुळे तुम्ही यांच्यात आहात का हे ते सांगू शकत नाही. ते जाणून घेण्यासाठी तुमचा नंबर किंवा PAN पुन्हा तपासा.
news-check_again = पुन्हा तपासा
news-dismiss = ठीक आहे, लपवा
