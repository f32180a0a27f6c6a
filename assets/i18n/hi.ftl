# Sajag's Hindi user-interface text (Project Fluent: https://projectfluent.org/fluent/guide/).
# Every string the app shows goes through this file (src/app/i18n.rs). `{ $name }` is a value the
# app fills in; a message about a number of things selects its form by the language's CLDR plural
# category (`[one]`, `*[other]`; `[0]` for "none"). The code writes ids with dots (result.found),
# this file with dashes (result-found). Every language's file has exactly the ids of en.ftl, each
# with the same variables (a unit test checks both).

app-title = Sajag
app-tagline = आपका नंबर या PAN किसी लीक में है या नहीं — निजी तौर पर जांचें
nav-check = जांचें
nav-result = नतीजा
nav-guide = ठगी गाइड
nav-message = मैसेज जांचें
nav-help = शिकायत और मदद
nav-settings = सेटिंग्स
badge-demo = डेमो डेटा
check-heading = क्या मेरा नंबर या PAN किसी लीक में है?
check-intro = अपना मोबाइल नंबर या PAN लिखें। सजग इसे कहीं भेजे बिना जांचता है।
check-input_label = मोबाइल नंबर या PAN
check-input_hint = जैसे +91 98765 43210 या ABCPE1234F
check-kind_mobile = मोबाइल नंबर: { $masked }
check-kind_pan = PAN: { $masked } (धारक: { $holder })
check-leaves_remote = इस कंप्यूटर से बाहर सिर्फ़ ये 5 अक्षर जाते हैं: { $prefix } — आपका { $thing } यहीं रहता है।
check-leaves_blinded = इस कंप्यूटर से बाहर सिर्फ़ ये 5 अक्षर जाते हैं: { $prefix }, और दो छिपाए गए (ब्लाइंड किए गए) कोड, जिनसे आपका { $thing } वापस नहीं निकाला जा सकता — आपका { $thing } यहीं रहता है।
check-leaves_local = इस कंप्यूटर से कुछ भी बाहर नहीं जाता: यह इंडेक्स आपके डिवाइस पर ही है। (ऑनलाइन इंडेक्स होता, तो सिर्फ़ ये 5 अक्षर भेजे जाते: { $prefix }।)
check-thing_mobile = नंबर
check-thing_pan = PAN
check-how_link = यह कैसे काम करता है
check-how_text = आपके नंबर या PAN से इसी कंप्यूटर पर एक हैश कोड (SHA-256) बनाया जाता है: अंकों और अक्षरों की एक लंबी लड़ी। इस कोड के सिर्फ़ पहले 5 अक्षर भेजकर एंट्री का एक छोटा समूह मंगाया जाता है। हर समूह में लगभग 3,800 संभावित नंबर आते हैं, इसलिए समूह से यह पता नहीं चलता कि आपका नंबर कौन-सा है। (सादे मोड वाला इंडेक्स अगर पूरा का पूरा किसी के पास हो, तो वह उसे उलटकर नंबर निकाल सकता है। इसलिए सार्वजनिक सेवाओं को ब्लाइंड मोड इस्तेमाल करना चाहिए, जिसमें हर जांच के लिए सर्वर की मदद ज़रूरी होती है।) समूह से मिलान यहीं, आपके कंप्यूटर पर होता है। आप जो लिखते हैं, वह कभी सेव नहीं होता।
check-button = अभी जांचें
check-clear = मिटाएं
check-cancel = रद्द करें
check-checking = जांच हो रही है…
check-cancelled = जांच रद्द कर दी गई।
check-error = जांच पूरी नहीं हो सकी: { $message }
check-error_note = इसका मतलब “नहीं मिला” नहीं है। फिर से कोशिश करें, या सेटिंग्स में कोई दूसरा इंडेक्स चुनें।
check-retry = फिर कोशिश करें
check-retry_in = इंडेक्स सर्वर ने रुकने को कहा है: आप { $seconds } सेकंड बाद फिर से कोशिश कर सकते हैं।
check-keys = Enter दबाकर जांचें · Escape से मिटाएं या रद्द करें
source-against = इंडेक्स: { $name }
source-loading = इंडेक्स खुल रहा है…
source-failed = इंडेक्स नहीं खुल सका: { $message }
source-retry = फिर कोशिश करें
source-demo_name = ऐप के साथ आया डेमो इंडेक्स
source-demo_note = डेमो डेटा: सजग को आज़माने के लिए बनाई गई बनावटी एंट्री। इससे असली लीक के बारे में कुछ भी पता नहीं चलता।
source-details = बना: { $built } · { $breaches } डेटा लीक · { $entries } नंबर/PAN
source-open_settings = इंडेक्स चुनें
source-verifying = फ़ाइल को उसके चेकसम से जांचा जा रहा है
source-signed_trusted = { $name } द्वारा हस्ताक्षरित, जिस प्रकाशक पर आप भरोसा करते हैं।
source-signed_unknown = एक अनजान प्रकाशक द्वारा हस्ताक्षरित, जो ख़ुद को “{ $name }” कहता है (कुंजी { $key })। इसमें लीक के विवरण उसी के शब्द हैं; सेटिंग्स में इस कुंजी पर तभी भरोसा करें जब आप जानते हों कि यह किसकी है।
source-unsigned = बिना हस्ताक्षर — इस इंडेक्स को कोई भी बना सकता था। इसमें लीक के विवरण किसी ने नहीं जांचे हैं।
result-heading = { $masked } का नतीजा
result-found = { $n } डेटा लीक में मिला
result-found_note = आपका { $thing } नीचे दिए गए लीक हुए डेटा में है। इसका मतलब यह नहीं कि आपके पैसे चले गए हैं; मतलब यह है कि ठगों को आपके बारे में ये जानकारियां पता हो सकती हैं।
result-not_found = नहीं मिला
result-not_found_text = यह इंडेक्स जिन { $n } डेटा लीक को शामिल करता है, उनमें नहीं मिला। यह कोई गारंटी नहीं है: और भी लीक हुए हैं, जो इस इंडेक्स में शामिल नहीं हैं।
result-covered = इस इंडेक्स में शामिल डेटा लीक:
result-happened = कब हुआ: { $date }
result-added = जोड़ा गया: { $date }
result-records = इस इंडेक्स में रिकॉर्ड: { $n }
result-exposed = क्या-क्या लीक हुआ:
result-sources = इसकी ख़बर यहां छपी:
result-texts_from = नीचे दिए लीक विवरण और लिंक इंडेक्स के प्रकाशक “{ $name }” ने लिखे हैं, जिस पर आपने भरोसा नहीं चुना है। ये गलत या भ्रामक हो सकते हैं: इनमें दिए नंबरों पर कॉल न करें और लिंक न खोलें।
result-texts_unsigned = यह इंडेक्स बिना हस्ताक्षर का है, इसलिए नीचे दिए लीक विवरण और लिंक किसी ने भी लिखे हो सकते हैं। ये गलत या भ्रामक हो सकते हैं: इनमें दिए नंबरों पर कॉल न करें और लिंक न खोलें।
result-link_not_opened = (नहीं खोला गया: प्रकाशक भरोसेमंद नहीं है)
result-verified = इंडेक्स चलाने वाले ने इसकी पुष्टि की है
result-unverified = इंडेक्स चलाने वाले ने इसकी पुष्टि नहीं की है
result-meaning = आपके लिए इसका मतलब
result-todo = अब क्या करें
result-todo_note = आपके लगाए सही के निशान सिर्फ़ तब तक रहते हैं जब तक सजग खुला है; वे कभी सेव नहीं होते।
result-again = नई जांच
result-not_found_guide = आपका नंबर किसी लीक में हो या न हो, ये ठगियां हर किसी तक पहुंचती हैं। इन्हें पहचानना सीखें:
result-open_guide = ठगी गाइड खोलें
class-name = नाम
class-age = उम्र
class-gender = लिंग
class-mobile = मोबाइल नंबर
class-address = पता
class-test_date = टेस्ट की तारीख़
class-test_result = टेस्ट का नतीजा
class-birth_year = जन्म का साल
class-id_number = पहचान पत्र का नंबर
class-vaccination_centre = टीकाकरण केंद्र
class-pan = PAN
class-city = शहर
guide-heading = ठगी गाइड
guide-intro = लीक के बाद आने वाले कॉल, मैसेज, ऑफ़र और “इलाज” — हर एक कैसे काम करता है, उसे कैसे पहचानें और क्या करें।
guide-search = गाइड में खोजें
guide-search_hint = जैसे OTP, ऑक्सीजन, AnyDesk, PAN, रिफ़ंड
guide-no_match = किसी भी लेख में “{ $query }” नहीं मिला। छोटा या कोई दूसरा शब्द लिखकर देखें।
guide-matches =
    { $n ->
        [0] कोई लेख नहीं मिला
        [one] { $n } लेख मिला
       *[other] { $n } लेख मिले
    }
guide-cat-calls = कॉल
guide-cat-messages = मैसेज और लिंक
guide-cat-offers = ऑफ़र और बिक्री
guide-cat-treatments = टेस्ट और इलाज
guide-cat-money = पैसा और भुगतान
guide-cat-identity = पहचान का गलत इस्तेमाल
guide-back = « सभी लेख
guide-example = यह कैसा दिखता है
guide-example_note = एक उदाहरण (बनावटी: इसके नंबर और लिंक असली नहीं हैं)
guide-how = यह ठगी कैसे होती है
guide-red_flags = ख़तरे के संकेत
guide-do_now = क्या करें
guide-if_paid = अगर आप पैसे दे चुके हैं या OTP या PIN बता चुके हैं
guide-report_to = यहां शिकायत करें
guide-related = इससे जुड़े लेख
guide-sources = स्रोत
guide-reviewed = स्रोतों से आख़िरी बार मिलाया गया: { $date }
message-heading = मैसेज जांचें
message-intro = जिस SMS, WhatsApp मैसेज या ई-मेल पर आपको शक हो, उसे यहां पेस्ट करें। सजग उसमें जानी-पहचानी ठगियों के चेतावनी संकेत ढूंढता है।
message-input_label = जांचने के लिए मैसेज
message-input_hint = मैसेज यहां पेस्ट करें
message-button = यह मैसेज जांचें
message-clear = मिटाएं
message-keys = Ctrl+Enter दबाकर जांचें
message-preparing = जांच की तैयारी हो रही है…
message-rules_failed = मैसेज की जांच अभी उपलब्ध नहीं है: { $message }
message-privacy = मैसेज इसी कंप्यूटर पर जांचा जाता है। यह न कहीं भेजा जाता है, न सेव होता है।
message-verdict_scam = यह ठगी लगती है
message-note_scam = जवाब न दें, पलटकर कॉल न करें, लिंक न खोलें, पैसे न भेजें और कोई भी कोड न बताएं। अगर ऐसा कर चुके हैं, तो “शिकायत और मदद” देखें।
message-verdict_suspicious = सावधान: इसमें चेतावनी के संकेत हैं
message-note_suspicious = यह मैसेज जो भी करने को कहे, उससे पहले किसी आधिकारिक नंबर या वेबसाइट से खुद पता करें।
message-verdict_none = ख़तरे का कोई संकेत नहीं मिला — इससे यह सुरक्षित नहीं हो जाता
message-note_none = यह जांच केवल शब्द पढ़ती है। यह नहीं देख सकती कि मैसेज असल में किसने भेजा, लिंक कहाँ ले जाता है या कॉल करने वाले की कहानी सच है या नहीं, और ठगी के तरीके बदलते रहते हैं। कुछ भी करने से पहले नीचे के तीन सवाल पूछें।
message-truncated = मैसेज बहुत लंबा है: सिर्फ़ उसके पहले { $max } अक्षर जांचे गए।
message-verdict_minor = ख़तरे का कोई साफ़ संकेत नहीं
message-note_minor = नीचे दिया संकेत ठगी में आम है, पर असली मैसेज में भी दिख सकता है। कुछ भी करने से पहले उसे जांच लें, और OTP या PIN कभी किसी को न बताएं।
message-questions = तीन सवाल जो ज़्यादातर ठगी पकड़ लेते हैं
message-q_ask = क्या यह पैसे, कोई कोड (OTP, PIN) या कोई ऐप इंस्टॉल करने को कहता है?
message-q_rush = क्या यह आपको जल्दी करने को कहता है या डराता है (आज ही, आज रात, ब्लॉक, गिरफ़्तारी)?
message-q_link = क्या हर लिंक भेजने वाले की असली वेबसाइट पर है (सरकारी साइटें ज़्यादातर .gov.in पर ख़त्म होती हैं)? शक हो तो आधिकारिक ऐप खोलें या पता ख़ुद टाइप करें।
message-report_title = शिकायत करें
message-report_chakshu = मैसेज या कॉल की शिकायत sancharsaathi.gov.in (संचार साथी) पर चक्षु में करें।
message-report_1930 = अगर पैसे गए हैं: तुरंत 1930 पर कॉल करें, या cybercrime.gov.in पर शिकायत करें।
message-check_title = नंबर या UPI आईडी जांचें
message-check_suspect = इसे I4C की संदिग्धों की सूची में खोजें: https://cybercrime.gov.in/Webform/suspect_search_repository.aspx (cybercrime.gov.in पर मेन्यू "Report & Check Suspect")। सूची में न होना सुरक्षित होने का सबूत नहीं है।
message-flags = चेतावनी के संकेत मिले: { $n }
message-found = मैसेज में: { $text }
message-highlighted = मैसेज, जिसमें चेतावनी के संकेतों पर निशान लगे हैं
help-heading = शिकायत और मदद
help-intro = किसे फ़ोन करें और कहां शिकायत करें। पैसे गए हैं? अभी 1930 पर कॉल करें — शुरुआती घंटे सबसे ज़्यादा मायने रखते हैं।
help-group-money = अगर आपके पैसे गए हैं, या आपने OTP, PIN या कार्ड की जानकारी बता दी है
help-group-suspected = अगर आपको कोई संदिग्ध कॉल, मैसेज, लिंक या ई-मेल मिला है
help-group-identity = अगर शक है कि कोई आपकी पहचान का इस्तेमाल कर रहा है
help-group-prevent = अनचाहे कॉल कम करें
help-call = { $phone } पर कॉल करें
complaint-heading = शिकायत तैयार करें
complaint-intro = जो हुआ, उसे अभी लिख लें, जब तक सब याद है। सजग इससे एक सारांश बनाता है, जिसे आप सेव करके cybercrime.gov.in के शिकायत फ़ॉर्म में पेस्ट कर सकते हैं, या अपने बैंक या पुलिस के पास ले जा सकते हैं।
complaint-what = क्या हुआ
complaint-what_hint = किसने संपर्क किया, क्या कहा, आपने क्या किया — एक-एक करके, क्रम से
complaint-when = कब
complaint-when_hint = तारीख़ और समय, जैसे 27 नवंबर 2026, शाम लगभग 4 बजे
complaint-amounts = कितने पैसे गए
complaint-amounts_hint = जैसे ₹4,999 और ₹10,000
complaint-transactions = ट्रांज़ैक्शन ID और पैसा कहां गया
complaint-transactions_hint = UTR / ट्रांज़ैक्शन नंबर, UPI ID, खाता नंबर
complaint-numbers = इस्तेमाल हुए नंबर, लिंक और ऐप
complaint-numbers_hint = जिन नंबरों से कॉल या मैसेज आए, लिंक, ऐप के नाम
complaint-save = फ़ाइल में सेव करें…
complaint-clear = फ़ॉर्म मिटाएं
complaint-saved = { $path } में सेव हो गया
complaint-save_failed = फ़ाइल सेव नहीं हो सकी: { $message }
complaint-nothing_sent = कुछ भी भेजा नहीं जाता: फ़ॉर्म इसी कंप्यूटर पर रहता है, और सजग बंद करते ही मिट जाता है — जब तक आप इसे सेव न करें।
complaint-file_name = complaint-summary.md
complaint-doc_title = शिकायत का सारांश
complaint-doc_next = आगे क्या करें
complaint-doc_1930 = पैसे गए हैं: तुरंत 1930 (राष्ट्रीय साइबर अपराध हेल्पलाइन) पर कॉल करें।
complaint-doc_portal = https://cybercrime.gov.in पर शिकायत दर्ज करें और उसका नंबर संभालकर रखें।
complaint-doc_bank = अपने कार्ड या पासबुक पर छपे नंबर पर बैंक को कॉल करें, ताकि कार्ड और UPI बंद हो जाएं और इन ट्रांज़ैक्शन पर आपत्ति (डिस्प्यूट) दर्ज हो।
id_error-empty = कृपया मोबाइल नंबर या PAN लिखें।
id_error-mobile_has_letters = मोबाइल नंबर में अक्षर नहीं हो सकते।
id_error-mobile_bad_character = “{ $char }” मोबाइल नंबर का हिस्सा नहीं हो सकता।
id_error-mobile_too_few_digits =
    { $n ->
        [1] { $n } अंक है — मोबाइल नंबर में 10 अंक होते हैं।
       *[other] { $n } अंक हैं — मोबाइल नंबर में 10 अंक होते हैं।
    }
id_error-mobile_too_many_digits = { $n } अंक हैं — मोबाइल नंबर में 10 अंक होते हैं।
id_error-mobile_not_indian = यह भारतीय नंबर नहीं है: सिर्फ़ भारतीय मोबाइल नंबर (+91) जांचे जा सकते हैं।
id_error-mobile_bad_first_digit = भारतीय मोबाइल नंबर 6, 7, 8 या 9 से शुरू होते हैं।
id_error-mobile_landline = यह लैंडलाइन नंबर लगता है (यह STD कोड से शुरू होता है)। सिर्फ़ मोबाइल नंबर जांचे जा सकते हैं।
id_error-pan_wrong_length =
    { $n ->
        [1] PAN में 10 अक्षर-अंक होते हैं (5 अक्षर, 4 अंक, 1 अक्षर); इसमें { $n } है।
       *[other] PAN में 10 अक्षर-अंक होते हैं (5 अक्षर, 4 अंक, 1 अक्षर); इसमें { $n } हैं।
    }
id_error-pan_bad_character = PAN में सिर्फ़ अंग्रेज़ी अक्षर और अंक होते हैं; “{ $char }” इनमें से नहीं है।
id_error-pan_wrong_shape = PAN में स्थान { $position } पर { $expected } होना चाहिए।
id_error-a_letter = एक अक्षर
id_error-a_digit = एक अंक
holder-P = एक व्यक्ति
holder-C = एक कंपनी
holder-H = हिंदू अविभाजित परिवार (HUF)
holder-F = एक फ़र्म
holder-A = व्यक्तियों का संघ (AOP)
holder-T = एक ट्रस्ट
holder-B = व्यक्तियों का निकाय (BOI)
holder-L = एक स्थानीय प्राधिकरण
holder-J = एक कृत्रिम विधिक व्यक्ति
holder-G = एक सरकारी संस्था
holder-E = सीमित देयता भागीदारी (LLP)
holder-unknown = ऐसा धारक प्रकार जो सूची में नहीं है (अक्षर { $letter })
settings-heading = सेटिंग्स
settings-source = इंडेक्स कहां से लें
settings-trust = भरोसेमंद प्रकाशक
settings-trust_text = हर इंडेक्स पर उसे बनाने वाले का हस्ताक्षर होता है। सजग “… द्वारा हस्ताक्षरित” नाम सहित सिर्फ़ यहाँ दिए प्रकाशकों के लिए दिखाता है; बाक़ी हर इंडेक्स अनजान प्रकाशक का या बिना हस्ताक्षर का दिखाया जाता है।
settings-trust_demo = बिल्ट-इन डेमो इंडेक्स पर हमेशा भरोसा किया जाता है (उसकी कुंजी से और कुछ हस्ताक्षरित नहीं हो सकता)।
settings-trust_warning = सिर्फ़ उसी कुंजी पर भरोसा करें जो आपको ख़ुद प्रकाशक से मिली हो — उसकी अपनी वेबसाइट से या आमने-सामने। भरोसेमंद प्रकाशक के लीक विवरण और लिंक भरोसेमंद दिखाए जाते हैं।
settings-trust_key = प्रकाशक की कुंजी (उसकी .pub फ़ाइल की लाइन चिपकाएँ)
settings-trust_name = इसके लिए दिखाया जाने वाला नाम (ज़रूरी नहीं)
settings-trust_add = इस प्रकाशक पर भरोसा करें
settings-trust_remove = { $name } पर भरोसा हटाएँ
settings-trust_failed = यह कुंजी काम में नहीं ली जा सकती: { $message }
settings-source_demo = ऐप के साथ आया डेमो इंडेक्स
settings-source_file = इस कंप्यूटर पर रखी इंडेक्स फ़ाइल
settings-source_url = ऑनलाइन इंडेक्स (वेब पता)
settings-file_label = इंडेक्स फ़ाइल का पाथ
settings-file_hint = /path/to/index.sajag
settings-browse = फ़ाइल चुनें…
settings-use_file = यह फ़ाइल इस्तेमाल करें
settings-url_label = इंडेक्स का वेब पता
settings-url_hint = https://… (सादा http सिर्फ़ इसी कंप्यूटर के लिए)
settings-use_url = यह पता इस्तेमाल करें
settings-use_demo = डेमो इंडेक्स इस्तेमाल करें
settings-current = अभी इस्तेमाल हो रहा है: { $name }
settings-appearance = रूप-रंग
settings-theme = थीम
settings-theme_system = सिस्टम जैसी
settings-theme_light = लाइट
settings-theme_dark = डार्क
settings-text_size = अक्षरों का आकार
settings-smaller = छोटे अक्षर
settings-larger = बड़े अक्षर
settings-language = भाषा
settings-save_failed = सेटिंग्स सेव नहीं हो सकीं: { $message }
settings-about = सजग के बारे में
settings-version = सजग वर्ज़न { $version }
settings-licence = लाइसेंस: Apache-2.0। फ़ॉन्ट: देवनागरी, बांग्ला, गुरमुखी, गुजराती, ओड़िया, तमिल, तेलुगु, कन्नड़ और मलयालम लिपियों के लिए Noto Sans (SIL Open Font License 1.1)।
settings-privacy = निजता: आप जो लिखते हैं, वह कभी सेव या लॉग नहीं होता। एक जांच में ज़्यादा से ज़्यादा आपके नंबर के हैश कोड के पहले 5 अक्षर भेजे जाते हैं (और ब्लाइंड इंडेक्स के लिए दो रैंडम बनाए गए कोड, जिनसे आपका नंबर वापस नहीं निकाला जा सकता), और वे भी सिर्फ़ उसी ऑनलाइन इंडेक्स को, जिसे आपने चुना है। सेटिंग्स (इंडेक्स, रूप-रंग, भाषा, जिन प्रकाशकों पर आप भरोसा करते हैं, और हर इंडेक्स के डेटा लीक के नाम, ताकि नए लीक के बारे में बताया जा सके) इसी कंप्यूटर पर रहती हैं, साथ में हर प्रकाशक के सबसे नए इंडेक्स की तारीख़ (ताकि पुरानी कॉपी न मानी जाए); चेकलिस्ट के निशान कभी सेव नहीं होते। सजग आपके इस्तेमाल की कोई जानकारी (टेलीमेट्री) नहीं भेजता। जो मैसेज आप जांचते हैं और शिकायत फ़ॉर्म सिर्फ़ इसी कंप्यूटर की मेमोरी में रहते हैं; शिकायत वहीं लिखी जाती है जहां आप उसे सेव करें।

# The Family check screen and the notice of new breaches (#13).
nav-family = परिवार की जांच
family-heading = अपने परिवार के नंबर जांचें
family-intro = एक साथ 10 तक मोबाइल नंबर या PAN जांचें — माता-पिता का नंबर, जीवनसाथी का PAN। हर पंक्ति में एक; हर एक की जांच अलग से होती है, बिल्कुल अकेली जांच की तरह।
family-input_label = नंबर और PAN, हर पंक्ति में एक
family-input_hint =
    +91 98765 43210
    ABCPE1234F
family-too_many = एक बार में ज़्यादा से ज़्यादा { $max }। ये पंक्तियां नहीं जांची जाएंगी: { $lines }। इन्हें अगली बार जांचें।
family-leaves_remote = हर पंक्ति के लिए सिर्फ़ उसके अपने 5 अक्षर इंडेक्स सर्वर को भेजे जाते हैं, जैसे अकेली जांच में। कुछ भी सेव नहीं होता।
family-leaves_local = इस कंप्यूटर से कुछ भी बाहर नहीं जाता: यह इंडेक्स आपके डिवाइस पर ही है। कुछ भी सेव नहीं होता।
family-button = सभी जांचें
family-clear = सब मिटाएं
family-results = नतीजे
family-row = पंक्ति { $lines }: { $masked }
family-row_invalid = पंक्ति { $lines }
family-error_note = इसका मतलब “नहीं मिला” नहीं है: यह पंक्ति जांची नहीं जा सकी। फिर कोशिश करने के लिए “सभी जांचें” दबाएं।
family-not_found_text = यह इंडेक्स जिन { $n } डेटा लीक को शामिल करता है, उनमें नहीं मिला। यह कोई गारंटी नहीं है: और भी लीक हुए हैं।
family-not_checked = सीमा से ज़्यादा होने के कारण नहीं जांची गईं: पंक्ति { $lines }।
family-kept = ये नतीजे सिर्फ़ तब तक रहते हैं जब तक सजग खुला है; कुछ भी सेव नहीं होता। यह स्क्रीन छोड़ने पर बॉक्स खाली हो जाता है।
news-added =
    { $n ->
        [1] पिछली बार के बाद { $n } नया लीक जुड़ा है: { $titles }
       *[other] पिछली बार के बाद { $n } नए लीक जुड़े हैं: { $titles }
    }
news-note = सजग यह याद नहीं रखता कि आपने क्या जांचा था, इसलिए यह नहीं बता सकता कि आप इनमें हैं या नहीं। पता करने के लिए अपना नंबर या PAN फिर से जांचें।
news-check_again = फिर से जांचें
news-dismiss = ठीक है, छिपाएं
