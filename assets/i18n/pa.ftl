# Sajag's Punjabi (Gurmukhi) user-interface text (Project Fluent: https://projectfluent.org/fluent/guide/).
# Every string the app shows goes through this file (src/app/i18n.rs). `{ $name }` is a value the
# app fills in; a message about a number of things selects its form by the language's CLDR plural
# category (Punjabi: `[one]` is 0 and 1, `*[other]` the rest; `[1]` where only exactly 1 is singular,
# `[0]` for "none"). The code writes ids with dots (result.found), this file with dashes
# (result-found). Every language's file has exactly the ids of en.ftl, each with the same variables
# (a unit test checks both). Spelling follows assets/guidance/glossary.pa.toml.

app-title = Sajag
app-tagline = ਸਜਗ — ਨਿੱਜੀ ਤੌਰ ਉੱਤੇ ਜਾਂਚ ਕਰੋ ਕਿ ਤੁਹਾਡਾ ਨੰਬਰ ਜਾਂ PAN ਕਿਸੇ ਲੀਕ ਵਿੱਚ ਹੈ ਜਾਂ ਨਹੀਂ
nav-check = ਜਾਂਚ ਕਰੋ
nav-result = ਨਤੀਜਾ
nav-guide = ਠੱਗੀ ਗਾਈਡ
nav-message = ਮੈਸੇਜ ਜਾਂਚੋ
nav-help = ਸ਼ਿਕਾਇਤ ਅਤੇ ਮਦਦ
nav-settings = ਸੈਟਿੰਗਾਂ
badge-demo = ਡੈਮੋ ਡਾਟਾ
check-heading = ਕੀ ਮੇਰਾ ਨੰਬਰ ਜਾਂ PAN ਕਿਸੇ ਲੀਕ ਵਿੱਚ ਹੈ?
check-intro = ਆਪਣਾ ਮੋਬਾਈਲ ਨੰਬਰ ਜਾਂ PAN ਲਿਖੋ। ਸਜਗ ਇਸਨੂੰ ਕਿਤੇ ਭੇਜੇ ਬਿਨਾਂ ਜਾਂਚਦਾ ਹੈ।
check-input_label = ਮੋਬਾਈਲ ਨੰਬਰ ਜਾਂ PAN
check-input_hint = ਜਿਵੇਂ +91 98765 43210 ਜਾਂ ABCPE1234F
check-kind_mobile = ਮੋਬਾਈਲ ਨੰਬਰ: { $masked }
check-kind_pan = PAN: { $masked } (ਧਾਰਕ: { $holder })
check-leaves_remote = ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਬਾਹਰ ਸਿਰਫ਼ ਇਹ 5 ਅੱਖਰ ਜਾਂਦੇ ਹਨ: { $prefix } — ਤੁਹਾਡਾ { $thing } ਇੱਥੇ ਹੀ ਰਹਿੰਦਾ ਹੈ।
check-leaves_blinded = ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਬਾਹਰ ਸਿਰਫ਼ ਇਹ 5 ਅੱਖਰ ਜਾਂਦੇ ਹਨ: { $prefix }, ਅਤੇ ਦੋ ਲੁਕਾਏ ਹੋਏ (ਬਲਾਈਂਡ ਕੀਤੇ) ਕੋਡ, ਜਿਨ੍ਹਾਂ ਤੋਂ ਤੁਹਾਡਾ { $thing } ਵਾਪਸ ਨਹੀਂ ਕੱਢਿਆ ਜਾ ਸਕਦਾ — ਤੁਹਾਡਾ { $thing } ਇੱਥੇ ਹੀ ਰਹਿੰਦਾ ਹੈ।
check-leaves_local = ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਕੁਝ ਵੀ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦਾ: ਇਹ ਇੰਡੈਕਸ ਤੁਹਾਡੇ ਡਿਵਾਈਸ ਉੱਤੇ ਹੀ ਹੈ। (ਔਨਲਾਈਨ ਇੰਡੈਕਸ ਹੁੰਦਾ, ਤਾਂ ਸਿਰਫ਼ ਇਹ 5 ਅੱਖਰ ਭੇਜੇ ਜਾਂਦੇ: { $prefix }।)
check-thing_mobile = ਨੰਬਰ
check-thing_pan = PAN
check-how_link = ਇਹ ਕਿਵੇਂ ਕੰਮ ਕਰਦਾ ਹੈ
check-how_text = ਤੁਹਾਡੇ ਨੰਬਰ ਜਾਂ PAN ਤੋਂ ਇਸੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਇੱਕ ਹੈਸ਼ ਕੋਡ (SHA-256) ਬਣਾਇਆ ਜਾਂਦਾ ਹੈ: ਅੰਕਾਂ ਅਤੇ ਅੱਖਰਾਂ ਦੀ ਇੱਕ ਲੰਮੀ ਲੜੀ। ਇਸ ਕੋਡ ਦੇ ਸਿਰਫ਼ ਪਹਿਲੇ 5 ਅੱਖਰ ਭੇਜ ਕੇ ਐਂਟਰੀਆਂ ਦਾ ਇੱਕ ਛੋਟਾ ਸਮੂਹ ਮੰਗਵਾਇਆ ਜਾਂਦਾ ਹੈ। ਹਰ ਸਮੂਹ ਵਿੱਚ ਲਗਭਗ 3,800 ਸੰਭਵ ਨੰਬਰ ਆਉਂਦੇ ਹਨ, ਇਸ ਲਈ ਸਮੂਹ ਤੋਂ ਇਹ ਪਤਾ ਨਹੀਂ ਲੱਗਦਾ ਕਿ ਤੁਹਾਡਾ ਨੰਬਰ ਕਿਹੜਾ ਹੈ। (ਸਾਦੇ ਮੋਡ ਵਾਲਾ ਇੰਡੈਕਸ ਜੇ ਪੂਰੇ ਦਾ ਪੂਰਾ ਕਿਸੇ ਕੋਲ ਹੋਵੇ, ਤਾਂ ਉਹ ਉਸਨੂੰ ਉਲਟਾ ਕੇ ਨੰਬਰ ਕੱਢ ਸਕਦਾ ਹੈ। ਇਸ ਲਈ ਜਨਤਕ ਸੇਵਾਵਾਂ ਨੂੰ ਬਲਾਈਂਡ ਮੋਡ ਵਰਤਣਾ ਚਾਹੀਦਾ ਹੈ, ਜਿਸ ਵਿੱਚ ਹਰ ਜਾਂਚ ਲਈ ਸਰਵਰ ਦੀ ਮਦਦ ਜ਼ਰੂਰੀ ਹੁੰਦੀ ਹੈ।) ਸਮੂਹ ਨਾਲ ਮਿਲਾਨ ਇੱਥੇ, ਤੁਹਾਡੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਹੁੰਦਾ ਹੈ। ਤੁਸੀਂ ਜੋ ਲਿਖਦੇ ਹੋ, ਉਹ ਕਦੇ ਸੇਵ ਨਹੀਂ ਹੁੰਦਾ।
check-button = ਹੁਣੇ ਜਾਂਚ ਕਰੋ
check-clear = ਮਿਟਾਓ
check-cancel = ਰੱਦ ਕਰੋ
check-checking = ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ…
check-cancelled = ਜਾਂਚ ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ।
check-error = ਜਾਂਚ ਪੂਰੀ ਨਹੀਂ ਹੋ ਸਕੀ: { $message }
check-error_note = ਇਸਦਾ ਮਤਲਬ “ਨਹੀਂ ਮਿਲਿਆ” ਨਹੀਂ ਹੈ। ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਕੋਈ ਹੋਰ ਇੰਡੈਕਸ ਚੁਣੋ।
check-retry = ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ
check-retry_in = ਇੰਡੈਕਸ ਸਰਵਰ ਨੇ ਰੁਕਣ ਲਈ ਕਿਹਾ ਹੈ: ਤੁਸੀਂ { $seconds } ਸਕਿੰਟ ਬਾਅਦ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ।
check-keys = Enter ਦਬਾ ਕੇ ਜਾਂਚ ਕਰੋ · Escape ਨਾਲ ਮਿਟਾਓ ਜਾਂ ਰੱਦ ਕਰੋ
source-against = ਇੰਡੈਕਸ: { $name }
source-loading = ਇੰਡੈਕਸ ਖੁੱਲ੍ਹ ਰਿਹਾ ਹੈ…
source-failed = ਇੰਡੈਕਸ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਿਆ: { $message }
source-retry = ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ
source-demo_name = ਐਪ ਨਾਲ ਆਇਆ ਡੈਮੋ ਇੰਡੈਕਸ
source-demo_note = ਡੈਮੋ ਡਾਟਾ: ਸਜਗ ਨੂੰ ਅਜ਼ਮਾਉਣ ਲਈ ਬਣਾਈਆਂ ਬਣਾਵਟੀ ਐਂਟਰੀਆਂ। ਇਸ ਤੋਂ ਅਸਲੀ ਲੀਕ ਬਾਰੇ ਕੁਝ ਵੀ ਪਤਾ ਨਹੀਂ ਲੱਗਦਾ।
source-details = ਬਣਿਆ: { $built } · { $breaches } ਡਾਟਾ ਲੀਕ · { $entries } ਨੰਬਰ/PAN
source-open_settings = ਇੰਡੈਕਸ ਚੁਣੋ
source-verifying = ਫ਼ਾਈਲ ਨੂੰ ਉਸਦੇ ਚੈੱਕਸਮ ਨਾਲ ਜਾਂਚਿਆ ਜਾ ਰਿਹਾ ਹੈ
source-signed_trusted = { $name } ਦੇ ਦਸਤਖ਼ਤ ਹਨ, ਇੱਕ ਪ੍ਰਕਾਸ਼ਕ ਜਿਸ ਉੱਤੇ ਤੁਸੀਂ ਭਰੋਸਾ ਕਰਦੇ ਹੋ।
source-signed_unknown = ਇੱਕ ਅਣਜਾਣ ਪ੍ਰਕਾਸ਼ਕ ਦੇ ਦਸਤਖ਼ਤ ਹਨ, ਜੋ ਆਪਣੇ ਆਪ ਨੂੰ “{ $name }” ਕਹਿੰਦਾ ਹੈ (ਕੁੰਜੀ { $key })। ਇਸ ਵਿੱਚ ਲੀਕ ਦੇ ਵੇਰਵੇ ਉਸਦੇ ਆਪਣੇ ਸ਼ਬਦ ਹਨ; ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਇਸ ਕੁੰਜੀ ਉੱਤੇ ਤਾਂ ਹੀ ਭਰੋਸਾ ਕਰੋ ਜੇ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ ਕਿ ਇਹ ਕਿਸਦੀ ਹੈ।
source-unsigned = ਬਿਨਾਂ ਦਸਤਖ਼ਤ — ਇਹ ਇੰਡੈਕਸ ਕੋਈ ਵੀ ਬਣਾ ਸਕਦਾ ਸੀ। ਇਸ ਵਿੱਚ ਲੀਕ ਦੇ ਵੇਰਵੇ ਕਿਸੇ ਨੇ ਨਹੀਂ ਜਾਂਚੇ।
result-heading = { $masked } ਦਾ ਨਤੀਜਾ
result-found = { $n } ਡਾਟਾ ਲੀਕ ਵਿੱਚ ਮਿਲਿਆ
result-found_note = ਤੁਹਾਡਾ { $thing } ਹੇਠਾਂ ਦਿੱਤੇ ਲੀਕ ਹੋਏ ਡਾਟਾ ਵਿੱਚ ਹੈ। ਇਸਦਾ ਮਤਲਬ ਇਹ ਨਹੀਂ ਕਿ ਤੁਹਾਡੇ ਪੈਸੇ ਚਲੇ ਗਏ ਹਨ; ਮਤਲਬ ਇਹ ਹੈ ਕਿ ਠੱਗਾਂ ਨੂੰ ਤੁਹਾਡੇ ਬਾਰੇ ਇਹ ਜਾਣਕਾਰੀ ਪਤਾ ਹੋ ਸਕਦੀ ਹੈ।
result-not_found = ਨਹੀਂ ਮਿਲਿਆ
result-not_found_text = ਇਹ ਇੰਡੈਕਸ ਜਿਨ੍ਹਾਂ { $n } ਡਾਟਾ ਲੀਕ ਨੂੰ ਸ਼ਾਮਲ ਕਰਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਵਿੱਚ ਨਹੀਂ ਮਿਲਿਆ। ਇਹ ਕੋਈ ਗਾਰੰਟੀ ਨਹੀਂ ਹੈ: ਹੋਰ ਵੀ ਲੀਕ ਹੋਏ ਹਨ, ਜੋ ਇਸ ਇੰਡੈਕਸ ਵਿੱਚ ਸ਼ਾਮਲ ਨਹੀਂ ਹਨ।
result-covered = ਇਸ ਇੰਡੈਕਸ ਵਿੱਚ ਸ਼ਾਮਲ ਡਾਟਾ ਲੀਕ:
result-happened = ਕਦੋਂ ਹੋਇਆ: { $date }
result-added = ਜੋੜਿਆ ਗਿਆ: { $date }
result-records = ਇਸ ਇੰਡੈਕਸ ਵਿੱਚ ਰਿਕਾਰਡ: { $n }
result-exposed = ਕੀ-ਕੀ ਲੀਕ ਹੋਇਆ:
result-sources = ਇਸਦੀ ਖ਼ਬਰ ਇੱਥੇ ਛਪੀ:
result-texts_from = ਹੇਠਾਂ ਦਿੱਤੇ ਲੀਕ ਵੇਰਵੇ ਅਤੇ ਲਿੰਕ ਇੰਡੈਕਸ ਦੇ ਪ੍ਰਕਾਸ਼ਕ “{ $name }” ਨੇ ਲਿਖੇ ਹਨ, ਜਿਸ ਉੱਤੇ ਭਰੋਸਾ ਕਰਨਾ ਤੁਸੀਂ ਨਹੀਂ ਚੁਣਿਆ। ਇਹ ਗ਼ਲਤ ਜਾਂ ਗੁੰਮਰਾਹ ਕਰਨ ਵਾਲੇ ਹੋ ਸਕਦੇ ਹਨ: ਇਨ੍ਹਾਂ ਵਿੱਚ ਦਿੱਤੇ ਨੰਬਰਾਂ ਉੱਤੇ ਕਾਲ ਨਾ ਕਰੋ ਅਤੇ ਲਿੰਕ ਨਾ ਖੋਲ੍ਹੋ।
result-texts_unsigned = ਇਹ ਇੰਡੈਕਸ ਬਿਨਾਂ ਦਸਤਖ਼ਤ ਦਾ ਹੈ, ਇਸ ਲਈ ਹੇਠਾਂ ਦਿੱਤੇ ਲੀਕ ਵੇਰਵੇ ਅਤੇ ਲਿੰਕ ਕਿਸੇ ਨੇ ਵੀ ਲਿਖੇ ਹੋ ਸਕਦੇ ਹਨ। ਇਹ ਗ਼ਲਤ ਜਾਂ ਗੁੰਮਰਾਹ ਕਰਨ ਵਾਲੇ ਹੋ ਸਕਦੇ ਹਨ: ਇਨ੍ਹਾਂ ਵਿੱਚ ਦਿੱਤੇ ਨੰਬਰਾਂ ਉੱਤੇ ਕਾਲ ਨਾ ਕਰੋ ਅਤੇ ਲਿੰਕ ਨਾ ਖੋਲ੍ਹੋ।
result-link_not_opened = (ਨਹੀਂ ਖੋਲ੍ਹਿਆ: ਪ੍ਰਕਾਸ਼ਕ ਭਰੋਸੇਯੋਗ ਨਹੀਂ ਹੈ)
result-verified = ਇੰਡੈਕਸ ਚਲਾਉਣ ਵਾਲੇ ਨੇ ਇਸਦੀ ਪੁਸ਼ਟੀ ਕੀਤੀ ਹੈ
result-unverified = ਇੰਡੈਕਸ ਚਲਾਉਣ ਵਾਲੇ ਨੇ ਇਸਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ
result-meaning = ਤੁਹਾਡੇ ਲਈ ਇਸਦਾ ਮਤਲਬ
result-todo = ਹੁਣ ਕੀ ਕਰੀਏ
result-todo_note = ਤੁਹਾਡੇ ਲਾਏ ਸਹੀ ਦੇ ਨਿਸ਼ਾਨ ਸਿਰਫ਼ ਉਦੋਂ ਤੱਕ ਰਹਿੰਦੇ ਹਨ ਜਦੋਂ ਤੱਕ ਸਜਗ ਖੁੱਲ੍ਹਾ ਹੈ; ਇਹ ਕਦੇ ਸੇਵ ਨਹੀਂ ਹੁੰਦੇ।
result-again = ਨਵੀਂ ਜਾਂਚ
result-not_found_guide = ਤੁਹਾਡਾ ਨੰਬਰ ਕਿਸੇ ਲੀਕ ਵਿੱਚ ਹੋਵੇ ਜਾਂ ਨਾ, ਇਹ ਠੱਗੀਆਂ ਹਰ ਕਿਸੇ ਤੱਕ ਪਹੁੰਚਦੀਆਂ ਹਨ। ਇਨ੍ਹਾਂ ਨੂੰ ਪਛਾਣਨਾ ਸਿੱਖੋ:
result-open_guide = ਠੱਗੀ ਗਾਈਡ ਖੋਲ੍ਹੋ
class-name = ਨਾਮ
class-age = ਉਮਰ
class-gender = ਲਿੰਗ
class-mobile = ਮੋਬਾਈਲ ਨੰਬਰ
class-address = ਪਤਾ
class-test_date = ਟੈਸਟ ਦੀ ਤਾਰੀਖ਼
class-test_result = ਟੈਸਟ ਦਾ ਨਤੀਜਾ
class-birth_year = ਜਨਮ ਦਾ ਸਾਲ
class-id_number = ਪਛਾਣ ਪੱਤਰ ਦਾ ਨੰਬਰ
class-vaccination_centre = ਟੀਕਾਕਰਨ ਕੇਂਦਰ
class-pan = PAN
class-city = ਸ਼ਹਿਰ
guide-heading = ਠੱਗੀ ਗਾਈਡ
guide-intro = ਲੀਕ ਤੋਂ ਬਾਅਦ ਆਉਣ ਵਾਲੀਆਂ ਕਾਲਾਂ, ਮੈਸੇਜ, ਆਫ਼ਰ ਅਤੇ “ਇਲਾਜ” — ਹਰ ਇੱਕ ਕਿਵੇਂ ਕੰਮ ਕਰਦਾ ਹੈ, ਉਸਨੂੰ ਕਿਵੇਂ ਪਛਾਣੀਏ ਅਤੇ ਕੀ ਕਰੀਏ।
guide-search = ਗਾਈਡ ਵਿੱਚ ਲੱਭੋ
guide-search_hint = ਜਿਵੇਂ OTP, ਆਕਸੀਜਨ, AnyDesk, PAN, ਰਿਫੰਡ
guide-no_match = ਕਿਸੇ ਵੀ ਲੇਖ ਵਿੱਚ “{ $query }” ਨਹੀਂ ਮਿਲਿਆ। ਛੋਟਾ ਜਾਂ ਕੋਈ ਹੋਰ ਸ਼ਬਦ ਲਿਖ ਕੇ ਦੇਖੋ।
guide-matches =
    { $n ->
        [0] ਕੋਈ ਲੇਖ ਨਹੀਂ ਮਿਲਿਆ
        [1] { $n } ਲੇਖ ਮਿਲਿਆ
       *[other] { $n } ਲੇਖ ਮਿਲੇ
    }
guide-cat-calls = ਕਾਲਾਂ
guide-cat-messages = ਮੈਸੇਜ ਅਤੇ ਲਿੰਕ
guide-cat-offers = ਆਫ਼ਰ ਅਤੇ ਵਿਕਰੀ
guide-cat-treatments = ਟੈਸਟ ਅਤੇ ਇਲਾਜ
guide-cat-money = ਪੈਸਾ ਅਤੇ ਭੁਗਤਾਨ
guide-cat-identity = ਪਛਾਣ ਦੀ ਗ਼ਲਤ ਵਰਤੋਂ
guide-back = « ਸਾਰੇ ਲੇਖ
guide-example = ਇਹ ਕਿਹੋ ਜਿਹਾ ਦਿਸਦਾ ਹੈ
guide-example_note = ਇੱਕ ਉਦਾਹਰਣ (ਬਣਾਵਟੀ: ਇਸਦੇ ਨੰਬਰ ਅਤੇ ਲਿੰਕ ਅਸਲੀ ਨਹੀਂ ਹਨ)
guide-how = ਇਹ ਠੱਗੀ ਕਿਵੇਂ ਹੁੰਦੀ ਹੈ
guide-red_flags = ਖ਼ਤਰੇ ਦੇ ਨਿਸ਼ਾਨ
guide-do_now = ਕੀ ਕਰੀਏ
guide-if_paid = ਜੇ ਤੁਸੀਂ ਪੈਸੇ ਦੇ ਚੁੱਕੇ ਹੋ ਜਾਂ OTP ਜਾਂ PIN ਦੱਸ ਚੁੱਕੇ ਹੋ
guide-report_to = ਇੱਥੇ ਸ਼ਿਕਾਇਤ ਕਰੋ
guide-related = ਇਸ ਨਾਲ ਜੁੜੇ ਲੇਖ
guide-sources = ਸਰੋਤ
guide-reviewed = ਸਰੋਤਾਂ ਨਾਲ ਆਖ਼ਰੀ ਵਾਰ ਮਿਲਾਇਆ ਗਿਆ: { $date }
message-heading = ਮੈਸੇਜ ਜਾਂਚੋ
message-intro = ਜਿਸ SMS, WhatsApp ਮੈਸੇਜ ਜਾਂ ਈ-ਮੇਲ ਉੱਤੇ ਤੁਹਾਨੂੰ ਸ਼ੱਕ ਹੈ, ਉਸਨੂੰ ਇੱਥੇ ਪੇਸਟ ਕਰੋ। ਸਜਗ ਉਸ ਵਿੱਚ ਜਾਣੀਆਂ-ਪਛਾਣੀਆਂ ਠੱਗੀਆਂ ਦੇ ਚੇਤਾਵਨੀ ਨਿਸ਼ਾਨ ਲੱਭਦਾ ਹੈ।
message-input_label = ਜਾਂਚਣ ਲਈ ਮੈਸੇਜ
message-input_hint = ਮੈਸੇਜ ਇੱਥੇ ਪੇਸਟ ਕਰੋ
message-button = ਇਹ ਮੈਸੇਜ ਜਾਂਚੋ
message-clear = ਮਿਟਾਓ
message-keys = Ctrl+Enter ਦਬਾ ਕੇ ਜਾਂਚ ਕਰੋ
message-preparing = ਜਾਂਚ ਦੀ ਤਿਆਰੀ ਹੋ ਰਹੀ ਹੈ…
message-rules_failed = ਮੈਸੇਜ ਦੀ ਜਾਂਚ ਹਾਲੇ ਨਹੀਂ ਹੋ ਸਕਦੀ: { $message }
message-privacy = ਮੈਸੇਜ ਇਸੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਜਾਂਚਿਆ ਜਾਂਦਾ ਹੈ। ਇਹ ਨਾ ਕਿਤੇ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ, ਨਾ ਸੇਵ ਹੁੰਦਾ ਹੈ।
message-verdict_scam = ਇਹ ਠੱਗੀ ਲੱਗਦੀ ਹੈ
message-note_scam = ਜਵਾਬ ਨਾ ਦਿਓ, ਵਾਪਸ ਕਾਲ ਨਾ ਕਰੋ, ਲਿੰਕ ਨਾ ਖੋਲ੍ਹੋ, ਪੈਸੇ ਨਾ ਭੇਜੋ ਅਤੇ ਕੋਈ ਵੀ ਕੋਡ ਨਾ ਦੱਸੋ। ਜੇ ਤੁਸੀਂ ਇਹ ਕਰ ਚੁੱਕੇ ਹੋ, ਤਾਂ “ਸ਼ਿਕਾਇਤ ਅਤੇ ਮਦਦ” ਦੇਖੋ।
message-verdict_suspicious = ਸਾਵਧਾਨ: ਇਸ ਵਿੱਚ ਚੇਤਾਵਨੀ ਦੇ ਨਿਸ਼ਾਨ ਹਨ
message-note_suspicious = ਇਹ ਮੈਸੇਜ ਜੋ ਵੀ ਕਰਨ ਨੂੰ ਕਹੇ, ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਕਿਸੇ ਸਰਕਾਰੀ ਜਾਂ ਅਸਲੀ ਨੰਬਰ ਜਾਂ ਵੈੱਬਸਾਈਟ ਤੋਂ ਆਪ ਪਤਾ ਕਰੋ।
message-verdict_none = ਖ਼ਤਰੇ ਦਾ ਕੋਈ ਨਿਸ਼ਾਨ ਨਹੀਂ ਮਿਲਿਆ — ਇਸ ਨਾਲ ਇਹ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਬਣ ਜਾਂਦਾ
message-note_none = ਇਹ ਜਾਂਚ ਸਿਰਫ਼ ਸ਼ਬਦ ਪੜ੍ਹਦੀ ਹੈ। ਇਹ ਨਹੀਂ ਦੇਖ ਸਕਦੀ ਕਿ ਮੈਸੇਜ ਅਸਲ ਵਿੱਚ ਕਿਸਨੇ ਭੇਜਿਆ, ਲਿੰਕ ਕਿੱਥੇ ਲੈ ਜਾਂਦਾ ਹੈ ਜਾਂ ਕਾਲ ਕਰਨ ਵਾਲੇ ਦੀ ਕਹਾਣੀ ਸੱਚੀ ਹੈ ਜਾਂ ਨਹੀਂ, ਅਤੇ ਠੱਗੀ ਦੇ ਤਰੀਕੇ ਬਦਲਦੇ ਰਹਿੰਦੇ ਹਨ। ਕੁਝ ਵੀ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਹੇਠਾਂ ਦਿੱਤੇ ਤਿੰਨ ਸਵਾਲ ਪੁੱਛੋ।
message-truncated = ਮੈਸੇਜ ਬਹੁਤ ਲੰਮਾ ਹੈ: ਸਿਰਫ਼ ਇਸਦੇ ਪਹਿਲੇ { $max } ਅੱਖਰ ਜਾਂਚੇ ਗਏ।
message-verdict_minor = ਖ਼ਤਰੇ ਦਾ ਕੋਈ ਸਾਫ਼ ਨਿਸ਼ਾਨ ਨਹੀਂ
message-note_minor = ਹੇਠਾਂ ਦਿੱਤਾ ਨਿਸ਼ਾਨ ਠੱਗੀ ਵਿੱਚ ਆਮ ਹੈ, ਪਰ ਅਸਲੀ ਮੈਸੇਜਾਂ ਵਿੱਚ ਵੀ ਹੁੰਦਾ ਹੈ। ਕੁਝ ਵੀ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਇਸਨੂੰ ਜਾਂਚ ਲਓ, ਅਤੇ OTP ਜਾਂ PIN ਕਦੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੋ।
message-questions = ਤਿੰਨ ਸਵਾਲ ਜੋ ਜ਼ਿਆਦਾਤਰ ਠੱਗੀਆਂ ਫੜ ਲੈਂਦੇ ਹਨ
message-q_ask = ਕੀ ਇਹ ਪੈਸੇ, ਕੋਈ ਕੋਡ (OTP, PIN) ਜਾਂ ਕੋਈ ਐਪ ਇੰਸਟਾਲ ਕਰਨ ਲਈ ਕਹਿੰਦਾ ਹੈ?
message-q_rush = ਕੀ ਇਹ ਤੁਹਾਨੂੰ ਕਾਹਲੀ ਕਰਨ ਲਈ ਕਹਿੰਦਾ ਹੈ ਜਾਂ ਡਰਾਉਂਦਾ ਹੈ (ਅੱਜ ਹੀ, ਅੱਜ ਰਾਤ, ਬਲਾਕ, ਗ੍ਰਿਫ਼ਤਾਰੀ)?
message-q_link = ਕੀ ਹਰ ਲਿੰਕ ਭੇਜਣ ਵਾਲੇ ਦੀ ਅਸਲੀ ਵੈੱਬਸਾਈਟ ਉੱਤੇ ਹੈ (ਸਰਕਾਰੀ ਸਾਈਟਾਂ ਜ਼ਿਆਦਾਤਰ .gov.in ਉੱਤੇ ਖ਼ਤਮ ਹੁੰਦੀਆਂ ਹਨ)? ਸ਼ੱਕ ਹੋਵੇ ਤਾਂ ਅਸਲੀ ਐਪ ਖੋਲ੍ਹੋ ਜਾਂ ਪਤਾ ਆਪ ਟਾਈਪ ਕਰੋ।
message-report_title = ਸ਼ਿਕਾਇਤ ਕਰੋ
message-report_chakshu = ਮੈਸੇਜ ਜਾਂ ਕਾਲ ਦੀ ਸ਼ਿਕਾਇਤ sancharsaathi.gov.in (Sanchar Saathi, ਸੰਚਾਰ ਸਾਥੀ) ਉੱਤੇ Chakshu (ਚਕਸ਼ੂ) ਵਿੱਚ ਕਰੋ।
message-report_1930 = ਜੇ ਪੈਸੇ ਗਏ ਹਨ: ਤੁਰੰਤ 1930 ਉੱਤੇ ਕਾਲ ਕਰੋ, ਜਾਂ cybercrime.gov.in ਉੱਤੇ ਸ਼ਿਕਾਇਤ ਕਰੋ।
message-check_title = ਨੰਬਰ ਜਾਂ UPI ID ਜਾਂਚੋ
message-check_suspect = ਇਸਨੂੰ I4C ਦੀ ਸ਼ੱਕੀਆਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਲੱਭੋ: https://cybercrime.gov.in/Webform/suspect_search_repository.aspx (cybercrime.gov.in ਉੱਤੇ ਮੀਨੂ "Report & Check Suspect")। ਸੂਚੀ ਵਿੱਚ ਨਾ ਹੋਣ ਦਾ ਮਤਲਬ ਇਹ ਨਹੀਂ ਕਿ ਇਹ ਸੁਰੱਖਿਅਤ ਹੈ।
message-flags = ਚੇਤਾਵਨੀ ਦੇ ਨਿਸ਼ਾਨ ਮਿਲੇ: { $n }
message-found = ਮੈਸੇਜ ਵਿੱਚ: { $text }
message-highlighted = ਮੈਸੇਜ, ਜਿਸ ਵਿੱਚ ਚੇਤਾਵਨੀ ਦੇ ਨਿਸ਼ਾਨਾਂ ਉੱਤੇ ਨਿਸ਼ਾਨ ਲਾਏ ਗਏ ਹਨ
help-heading = ਸ਼ਿਕਾਇਤ ਅਤੇ ਮਦਦ
help-intro = ਕਿਸਨੂੰ ਫ਼ੋਨ ਕਰੀਏ ਅਤੇ ਕਿੱਥੇ ਸ਼ਿਕਾਇਤ ਕਰੀਏ। ਪੈਸੇ ਗਏ ਹਨ? ਹੁਣੇ 1930 ਉੱਤੇ ਕਾਲ ਕਰੋ — ਸ਼ੁਰੂ ਦੇ ਘੰਟੇ ਸਭ ਤੋਂ ਜ਼ਿਆਦਾ ਮਾਇਨੇ ਰੱਖਦੇ ਹਨ।
help-group-money = ਜੇ ਤੁਹਾਡੇ ਪੈਸੇ ਗਏ ਹਨ, ਜਾਂ ਤੁਸੀਂ OTP, PIN ਜਾਂ ਕਾਰਡ ਦੀ ਜਾਣਕਾਰੀ ਦੱਸ ਦਿੱਤੀ ਹੈ
help-group-suspected = ਜੇ ਤੁਹਾਨੂੰ ਕੋਈ ਸ਼ੱਕੀ ਕਾਲ, ਮੈਸੇਜ, ਲਿੰਕ ਜਾਂ ਈ-ਮੇਲ ਮਿਲੀ ਹੈ
help-group-identity = ਜੇ ਸ਼ੱਕ ਹੈ ਕਿ ਕੋਈ ਤੁਹਾਡੀ ਪਛਾਣ ਵਰਤ ਰਿਹਾ ਹੈ
help-group-prevent = ਬੇਲੋੜੀਆਂ ਕਾਲਾਂ ਘਟਾਓ
help-call = { $phone } ਉੱਤੇ ਕਾਲ ਕਰੋ
complaint-heading = ਸ਼ਿਕਾਇਤ ਤਿਆਰ ਕਰੋ
complaint-intro = ਜੋ ਹੋਇਆ, ਉਸਨੂੰ ਹੁਣੇ ਲਿਖ ਲਓ, ਜਦੋਂ ਤੱਕ ਸਭ ਯਾਦ ਹੈ। ਸਜਗ ਇਸ ਤੋਂ ਇੱਕ ਸਾਰ ਬਣਾਉਂਦਾ ਹੈ, ਜਿਸਨੂੰ ਤੁਸੀਂ ਸੇਵ ਕਰਕੇ cybercrime.gov.in ਦੇ ਸ਼ਿਕਾਇਤ ਫ਼ਾਰਮ ਵਿੱਚ ਪੇਸਟ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਆਪਣੇ ਬੈਂਕ ਜਾਂ ਪੁਲਿਸ ਕੋਲ ਲੈ ਜਾ ਸਕਦੇ ਹੋ।
complaint-what = ਕੀ ਹੋਇਆ
complaint-what_hint = ਕਿਸਨੇ ਸੰਪਰਕ ਕੀਤਾ, ਕੀ ਕਿਹਾ, ਤੁਸੀਂ ਕੀ ਕੀਤਾ — ਇੱਕ-ਇੱਕ ਕਰਕੇ, ਤਰਤੀਬ ਨਾਲ
complaint-when = ਕਦੋਂ
complaint-when_hint = ਤਾਰੀਖ਼ ਅਤੇ ਸਮਾਂ, ਜਿਵੇਂ 27 ਨਵੰਬਰ 2026, ਸ਼ਾਮ ਲਗਭਗ 4 ਵਜੇ
complaint-amounts = ਕਿੰਨੇ ਪੈਸੇ ਗਏ
complaint-amounts_hint = ਜਿਵੇਂ ₹4,999 ਅਤੇ ₹10,000
complaint-transactions = ਟ੍ਰਾਂਜ਼ੈਕਸ਼ਨ ID ਅਤੇ ਪੈਸੇ ਕਿੱਥੇ ਗਏ
complaint-transactions_hint = UTR / ਟ੍ਰਾਂਜ਼ੈਕਸ਼ਨ ਨੰਬਰ, UPI ID, ਖਾਤਾ ਨੰਬਰ
complaint-numbers = ਵਰਤੇ ਗਏ ਨੰਬਰ, ਲਿੰਕ ਅਤੇ ਐਪ
complaint-numbers_hint = ਜਿਨ੍ਹਾਂ ਨੰਬਰਾਂ ਤੋਂ ਕਾਲ ਜਾਂ ਮੈਸੇਜ ਆਏ, ਲਿੰਕ, ਐਪਾਂ ਦੇ ਨਾਮ
complaint-save = ਫ਼ਾਈਲ ਵਿੱਚ ਸੇਵ ਕਰੋ…
complaint-clear = ਫ਼ਾਰਮ ਮਿਟਾਓ
complaint-saved = { $path } ਵਿੱਚ ਸੇਵ ਹੋ ਗਿਆ
complaint-save_failed = ਫ਼ਾਈਲ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀ: { $message }
complaint-nothing_sent = ਕੁਝ ਵੀ ਭੇਜਿਆ ਨਹੀਂ ਜਾਂਦਾ: ਫ਼ਾਰਮ ਇਸੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਰਹਿੰਦਾ ਹੈ, ਅਤੇ ਸਜਗ ਬੰਦ ਕਰਦੇ ਹੀ ਮਿਟ ਜਾਂਦਾ ਹੈ — ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸਨੂੰ ਸੇਵ ਨਾ ਕਰੋ।
complaint-file_name = complaint-summary.md
complaint-doc_title = ਸ਼ਿਕਾਇਤ ਦਾ ਸਾਰ
complaint-doc_next = ਅੱਗੇ ਕੀ ਕਰੀਏ
complaint-doc_1930 = ਪੈਸੇ ਗਏ ਹਨ: ਤੁਰੰਤ 1930 (ਰਾਸ਼ਟਰੀ ਸਾਈਬਰ ਅਪਰਾਧ ਹੈਲਪਲਾਈਨ) ਉੱਤੇ ਕਾਲ ਕਰੋ।
complaint-doc_portal = https://cybercrime.gov.in ਉੱਤੇ ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰੋ ਅਤੇ ਉਸਦਾ ਨੰਬਰ ਸੰਭਾਲ ਕੇ ਰੱਖੋ।
complaint-doc_bank = ਆਪਣੇ ਕਾਰਡ ਜਾਂ ਪਾਸਬੁੱਕ ਉੱਤੇ ਛਪੇ ਨੰਬਰ ਉੱਤੇ ਬੈਂਕ ਨੂੰ ਕਾਲ ਕਰੋ, ਤਾਂ ਜੋ ਕਾਰਡ ਅਤੇ UPI ਬੰਦ ਹੋ ਜਾਣ ਅਤੇ ਇਨ੍ਹਾਂ ਟ੍ਰਾਂਜ਼ੈਕਸ਼ਨਾਂ ਉੱਤੇ ਇਤਰਾਜ਼ (ਡਿਸਪਿਊਟ) ਦਰਜ ਹੋਵੇ।
id_error-empty = ਕਿਰਪਾ ਕਰਕੇ ਮੋਬਾਈਲ ਨੰਬਰ ਜਾਂ PAN ਲਿਖੋ।
id_error-mobile_has_letters = ਮੋਬਾਈਲ ਨੰਬਰ ਵਿੱਚ ਅੱਖਰ ਨਹੀਂ ਹੋ ਸਕਦੇ।
id_error-mobile_bad_character = “{ $char }” ਮੋਬਾਈਲ ਨੰਬਰ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੋ ਸਕਦਾ।
id_error-mobile_too_few_digits =
    { $n ->
        [1] { $n } ਅੰਕ ਹੈ — ਮੋਬਾਈਲ ਨੰਬਰ ਵਿੱਚ 10 ਅੰਕ ਹੁੰਦੇ ਹਨ।
       *[other] { $n } ਅੰਕ ਹਨ — ਮੋਬਾਈਲ ਨੰਬਰ ਵਿੱਚ 10 ਅੰਕ ਹੁੰਦੇ ਹਨ।
    }
id_error-mobile_too_many_digits = { $n } ਅੰਕ ਹਨ — ਮੋਬਾਈਲ ਨੰਬਰ ਵਿੱਚ 10 ਅੰਕ ਹੁੰਦੇ ਹਨ।
id_error-mobile_not_indian = ਇਹ ਭਾਰਤੀ ਨੰਬਰ ਨਹੀਂ ਹੈ: ਸਿਰਫ਼ ਭਾਰਤੀ ਮੋਬਾਈਲ ਨੰਬਰ (+91) ਜਾਂਚੇ ਜਾ ਸਕਦੇ ਹਨ।
id_error-mobile_bad_first_digit = ਭਾਰਤੀ ਮੋਬਾਈਲ ਨੰਬਰ 6, 7, 8 ਜਾਂ 9 ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦੇ ਹਨ।
id_error-mobile_landline = ਇਹ ਲੈਂਡਲਾਈਨ ਨੰਬਰ ਲੱਗਦਾ ਹੈ (ਇਹ STD ਕੋਡ ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ)। ਸਿਰਫ਼ ਮੋਬਾਈਲ ਨੰਬਰ ਜਾਂਚੇ ਜਾ ਸਕਦੇ ਹਨ।
id_error-pan_wrong_length =
    { $n ->
        [1] PAN ਵਿੱਚ 10 ਅੱਖਰ-ਅੰਕ ਹੁੰਦੇ ਹਨ (5 ਅੱਖਰ, 4 ਅੰਕ, 1 ਅੱਖਰ); ਇਸ ਵਿੱਚ { $n } ਹੈ।
       *[other] PAN ਵਿੱਚ 10 ਅੱਖਰ-ਅੰਕ ਹੁੰਦੇ ਹਨ (5 ਅੱਖਰ, 4 ਅੰਕ, 1 ਅੱਖਰ); ਇਸ ਵਿੱਚ { $n } ਹਨ।
    }
id_error-pan_bad_character = PAN ਵਿੱਚ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਅੱਖਰ ਅਤੇ ਅੰਕ ਹੁੰਦੇ ਹਨ; “{ $char }” ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਨਹੀਂ ਹੈ।
id_error-pan_wrong_shape = PAN ਵਿੱਚ ਥਾਂ { $position } ਉੱਤੇ { $expected } ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
id_error-a_letter = ਇੱਕ ਅੱਖਰ
id_error-a_digit = ਇੱਕ ਅੰਕ
holder-P = ਇੱਕ ਵਿਅਕਤੀ
holder-C = ਇੱਕ ਕੰਪਨੀ
holder-H = ਹਿੰਦੂ ਅਣਵੰਡਿਆ ਪਰਿਵਾਰ (HUF)
holder-F = ਇੱਕ ਫ਼ਰਮ
holder-A = ਵਿਅਕਤੀਆਂ ਦੀ ਐਸੋਸੀਏਸ਼ਨ (AOP)
holder-T = ਇੱਕ ਟਰੱਸਟ
holder-B = ਵਿਅਕਤੀਆਂ ਦਾ ਸਮੂਹ (BOI)
holder-L = ਇੱਕ ਸਥਾਨਕ ਸਰਕਾਰੀ ਸੰਸਥਾ (ਲੋਕਲ ਅਥਾਰਟੀ)
holder-J = ਇੱਕ ਬਣਾਵਟੀ ਕਾਨੂੰਨੀ ਵਿਅਕਤੀ (ਆਰਟੀਫ਼ੀਸ਼ਲ ਜੂਰੀਡੀਕਲ ਪਰਸਨ)
holder-G = ਇੱਕ ਸਰਕਾਰੀ ਸੰਸਥਾ
holder-E = ਲਿਮਟਿਡ ਲਾਇਬਿਲਿਟੀ ਪਾਰਟਨਰਸ਼ਿਪ (LLP)
holder-unknown = ਅਜਿਹੀ ਧਾਰਕ ਕਿਸਮ ਜੋ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ (ਅੱਖਰ { $letter })
settings-heading = ਸੈਟਿੰਗਾਂ
settings-source = ਇੰਡੈਕਸ ਕਿੱਥੋਂ ਲਈਏ
settings-trust = ਭਰੋਸੇਯੋਗ ਪ੍ਰਕਾਸ਼ਕ
settings-trust_text = ਹਰ ਇੰਡੈਕਸ ਉੱਤੇ ਉਸਨੂੰ ਬਣਾਉਣ ਵਾਲੇ ਦੇ ਦਸਤਖ਼ਤ ਹੁੰਦੇ ਹਨ। ਸਜਗ “… ਦੇ ਦਸਤਖ਼ਤ ਹਨ” ਨਾਮ ਸਮੇਤ ਸਿਰਫ਼ ਇੱਥੇ ਦਿੱਤੇ ਪ੍ਰਕਾਸ਼ਕਾਂ ਲਈ ਦਿਖਾਉਂਦਾ ਹੈ; ਬਾਕੀ ਹਰ ਇੰਡੈਕਸ ਅਣਜਾਣ ਪ੍ਰਕਾਸ਼ਕ ਦਾ ਜਾਂ ਬਿਨਾਂ ਦਸਤਖ਼ਤ ਦਾ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
settings-trust_demo = ਐਪ ਨਾਲ ਆਏ ਡੈਮੋ ਇੰਡੈਕਸ ਉੱਤੇ ਹਮੇਸ਼ਾ ਭਰੋਸਾ ਕੀਤਾ ਜਾਂਦਾ ਹੈ (ਉਸਦੀ ਕੁੰਜੀ ਨਾਲ ਹੋਰ ਕਿਸੇ ਚੀਜ਼ ਉੱਤੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਹੋ ਸਕਦੇ)।
settings-trust_warning = ਸਿਰਫ਼ ਉਸੇ ਕੁੰਜੀ ਉੱਤੇ ਭਰੋਸਾ ਕਰੋ ਜੋ ਤੁਹਾਨੂੰ ਖ਼ੁਦ ਪ੍ਰਕਾਸ਼ਕ ਤੋਂ ਮਿਲੀ ਹੋਵੇ — ਉਸਦੀ ਆਪਣੀ ਵੈੱਬਸਾਈਟ ਤੋਂ ਜਾਂ ਆਹਮੋ-ਸਾਹਮਣੇ। ਭਰੋਸੇਯੋਗ ਪ੍ਰਕਾਸ਼ਕ ਦੇ ਲੀਕ ਵੇਰਵੇ ਅਤੇ ਲਿੰਕ ਭਰੋਸੇਯੋਗ ਦਿਖਾਏ ਜਾਂਦੇ ਹਨ।
settings-trust_key = ਪ੍ਰਕਾਸ਼ਕ ਦੀ ਕੁੰਜੀ (ਉਸਦੀ .pub ਫ਼ਾਈਲ ਦੀ ਲਾਈਨ ਪੇਸਟ ਕਰੋ)
settings-trust_name = ਇਸ ਲਈ ਦਿਖਾਇਆ ਜਾਣ ਵਾਲਾ ਨਾਮ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
settings-trust_add = ਇਸ ਪ੍ਰਕਾਸ਼ਕ ਉੱਤੇ ਭਰੋਸਾ ਕਰੋ
settings-trust_remove = { $name } ਉੱਤੇ ਭਰੋਸਾ ਹਟਾਓ
settings-trust_failed = ਇਹ ਕੁੰਜੀ ਵਰਤੀ ਨਹੀਂ ਜਾ ਸਕਦੀ: { $message }
settings-source_demo = ਐਪ ਨਾਲ ਆਇਆ ਡੈਮੋ ਇੰਡੈਕਸ
settings-source_file = ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਰੱਖੀ ਇੰਡੈਕਸ ਫ਼ਾਈਲ
settings-source_url = ਔਨਲਾਈਨ ਇੰਡੈਕਸ (ਵੈੱਬ ਪਤਾ)
settings-file_label = ਇੰਡੈਕਸ ਫ਼ਾਈਲ ਦਾ ਪਾਥ
settings-file_hint = /path/to/index.sajag
settings-browse = ਫ਼ਾਈਲ ਚੁਣੋ…
settings-use_file = ਇਹ ਫ਼ਾਈਲ ਵਰਤੋ
settings-url_label = ਇੰਡੈਕਸ ਦਾ ਵੈੱਬ ਪਤਾ
settings-url_hint = https://… (ਸਾਦਾ http ਸਿਰਫ਼ ਇਸੇ ਕੰਪਿਊਟਰ ਲਈ)
settings-use_url = ਇਹ ਪਤਾ ਵਰਤੋ
settings-use_demo = ਡੈਮੋ ਇੰਡੈਕਸ ਵਰਤੋ
settings-current = ਹੁਣ ਵਰਤਿਆ ਜਾ ਰਿਹਾ ਹੈ: { $name }
settings-appearance = ਦਿੱਖ
settings-theme = ਥੀਮ
settings-theme_system = ਸਿਸਟਮ ਵਾਂਗ
settings-theme_light = ਲਾਈਟ
settings-theme_dark = ਡਾਰਕ
settings-text_size = ਅੱਖਰਾਂ ਦਾ ਆਕਾਰ
settings-smaller = ਛੋਟੇ ਅੱਖਰ
settings-larger = ਵੱਡੇ ਅੱਖਰ
settings-language = ਭਾਸ਼ਾ
settings-save_failed = ਸੈਟਿੰਗਾਂ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀਆਂ: { $message }
settings-about = ਸਜਗ ਬਾਰੇ
settings-version = ਸਜਗ ਵਰਜ਼ਨ { $version }
settings-licence = ਲਾਇਸੈਂਸ: Apache-2.0। ਫ਼ੌਂਟ: ਦੇਵਨਾਗਰੀ, ਬੰਗਾਲੀ, ਗੁਰਮੁਖੀ, ਗੁਜਰਾਤੀ, ਉੜੀਆ, ਤਮਿਲ, ਤੇਲਗੂ, ਕੰਨੜ ਅਤੇ ਮਲਿਆਲਮ ਲਿਪੀਆਂ ਲਈ Noto Sans (SIL Open Font License 1.1)।
settings-privacy = ਨਿੱਜਤਾ: ਤੁਸੀਂ ਜੋ ਲਿਖਦੇ ਹੋ, ਉਹ ਕਦੇ ਸੇਵ ਜਾਂ ਲੌਗ ਨਹੀਂ ਹੁੰਦਾ। ਇੱਕ ਜਾਂਚ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ ਤੁਹਾਡੇ ਨੰਬਰ ਦੇ ਹੈਸ਼ ਕੋਡ ਦੇ ਪਹਿਲੇ 5 ਅੱਖਰ ਭੇਜੇ ਜਾਂਦੇ ਹਨ (ਅਤੇ ਬਲਾਈਂਡ ਇੰਡੈਕਸ ਲਈ ਦੋ ਰੈਂਡਮ ਬਣਾਏ ਕੋਡ, ਜਿਨ੍ਹਾਂ ਤੋਂ ਤੁਹਾਡਾ ਨੰਬਰ ਵਾਪਸ ਨਹੀਂ ਕੱਢਿਆ ਜਾ ਸਕਦਾ), ਅਤੇ ਉਹ ਵੀ ਸਿਰਫ਼ ਉਸੇ ਔਨਲਾਈਨ ਇੰਡੈਕਸ ਨੂੰ, ਜੋ ਤੁਸੀਂ ਚੁਣਿਆ ਹੈ। ਸੈਟਿੰਗਾਂ (ਇੰਡੈਕਸ, ਦਿੱਖ, ਭਾਸ਼ਾ, ਜਿਨ੍ਹਾਂ ਪ੍ਰਕਾਸ਼ਕਾਂ ਉੱਤੇ ਤੁਸੀਂ ਭਰੋਸਾ ਕਰਦੇ ਹੋ, ਅਤੇ ਹਰ ਇੰਡੈਕਸ ਦੇ ਡਾਟਾ ਲੀਕਾਂ ਦੇ ਨਾਮ, ਤਾਂ ਜੋ ਨਵੇਂ ਲੀਕਾਂ ਬਾਰੇ ਦੱਸਿਆ ਜਾ ਸਕੇ) ਇਸੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਰਹਿੰਦੀਆਂ ਹਨ, ਨਾਲ ਹੀ ਹਰ ਪ੍ਰਕਾਸ਼ਕ ਦੇ ਸਭ ਤੋਂ ਨਵੇਂ ਇੰਡੈਕਸ ਦੀ ਤਾਰੀਖ਼ (ਤਾਂ ਜੋ ਪੁਰਾਣੀ ਕਾਪੀ ਨਾ ਮੰਨੀ ਜਾਵੇ); ਚੈੱਕਲਿਸਟ ਦੇ ਨਿਸ਼ਾਨ ਕਦੇ ਸੇਵ ਨਹੀਂ ਹੁੰਦੇ। ਸਜਗ ਤੁਹਾਡੀ ਵਰਤੋਂ ਦੀ ਕੋਈ ਜਾਣਕਾਰੀ (ਟੈਲੀਮੈਟਰੀ) ਨਹੀਂ ਭੇਜਦਾ। ਜੋ ਮੈਸੇਜ ਤੁਸੀਂ ਜਾਂਚਦੇ ਹੋ ਅਤੇ ਸ਼ਿਕਾਇਤ ਫ਼ਾਰਮ ਸਿਰਫ਼ ਇਸੇ ਕੰਪਿਊਟਰ ਦੀ ਮੈਮਰੀ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ; ਸ਼ਿਕਾਇਤ ਉੱਥੇ ਹੀ ਲਿਖੀ ਜਾਂਦੀ ਹੈ ਜਿੱਥੇ ਤੁਸੀਂ ਉਸਨੂੰ ਸੇਵ ਕਰੋ।

# The Family check screen and the notice of new breaches (#13).
nav-family = ਪਰਿਵਾਰ ਦੀ ਜਾਂਚ
family-heading = ਆਪਣੇ ਪਰਿਵਾਰ ਦੇ ਨੰਬਰ ਜਾਂਚੋ
family-intro = ਇੱਕੋ ਵਾਰ 10 ਤੱਕ ਮੋਬਾਈਲ ਨੰਬਰ ਜਾਂ PAN ਜਾਂਚੋ — ਮਾਪਿਆਂ ਦਾ ਨੰਬਰ, ਜੀਵਨ ਸਾਥੀ ਦਾ PAN। ਹਰ ਲਾਈਨ ਵਿੱਚ ਇੱਕ; ਹਰ ਇੱਕ ਦੀ ਜਾਂਚ ਵੱਖਰੀ ਹੁੰਦੀ ਹੈ, ਬਿਲਕੁਲ ਇਕੱਲੀ ਜਾਂਚ ਵਾਂਗ।
family-input_label = ਨੰਬਰ ਅਤੇ PAN, ਹਰ ਲਾਈਨ ਵਿੱਚ ਇੱਕ
family-input_hint =
    +91 98765 43210
    ABCPE1234F
family-too_many = ਇੱਕ ਵਾਰ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ { $max }। ਇਹ ਲਾਈਨਾਂ ਨਹੀਂ ਜਾਂਚੀਆਂ ਗਈਆਂ: { $lines }। ਇਨ੍ਹਾਂ ਨੂੰ ਅਗਲੀ ਵਾਰ ਜਾਂਚੋ।
family-leaves_remote = ਹਰ ਲਾਈਨ ਲਈ ਸਿਰਫ਼ ਉਸਦੇ ਆਪਣੇ 5 ਅੱਖਰ ਇੰਡੈਕਸ ਸਰਵਰ ਨੂੰ ਭੇਜੇ ਜਾਂਦੇ ਹਨ, ਜਿਵੇਂ ਇਕੱਲੀ ਜਾਂਚ ਵਿੱਚ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੁੰਦਾ।
family-leaves_local = ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਕੁਝ ਵੀ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦਾ: ਇਹ ਇੰਡੈਕਸ ਤੁਹਾਡੇ ਡਿਵਾਈਸ ਉੱਤੇ ਹੀ ਹੈ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੁੰਦਾ।
family-button = ਸਾਰੇ ਜਾਂਚੋ
family-clear = ਸਭ ਮਿਟਾਓ
family-results = ਨਤੀਜੇ
family-row = ਲਾਈਨ { $lines }: { $masked }
family-row_invalid = ਲਾਈਨ { $lines }
family-error_note = ਇਸਦਾ ਮਤਲਬ “ਨਹੀਂ ਮਿਲਿਆ” ਨਹੀਂ ਹੈ: ਇਹ ਲਾਈਨ ਜਾਂਚੀ ਨਹੀਂ ਜਾ ਸਕੀ। ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰਨ ਲਈ “ਸਾਰੇ ਜਾਂਚੋ” ਦਬਾਓ।
family-not_found_text = ਇਹ ਇੰਡੈਕਸ ਜਿਨ੍ਹਾਂ { $n } ਡਾਟਾ ਲੀਕ ਨੂੰ ਸ਼ਾਮਲ ਕਰਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਵਿੱਚ ਨਹੀਂ ਮਿਲਿਆ। ਇਹ ਕੋਈ ਗਾਰੰਟੀ ਨਹੀਂ ਹੈ: ਹੋਰ ਵੀ ਲੀਕ ਹੋਏ ਹਨ।
family-not_checked = ਹੱਦ ਤੋਂ ਵੱਧ ਹੋਣ ਕਰਕੇ ਨਹੀਂ ਜਾਂਚੀਆਂ ਗਈਆਂ: ਲਾਈਨ { $lines }।
family-kept = ਇਹ ਨਤੀਜੇ ਸਿਰਫ਼ ਉਦੋਂ ਤੱਕ ਰਹਿੰਦੇ ਹਨ ਜਦੋਂ ਤੱਕ ਸਜਗ ਖੁੱਲ੍ਹਾ ਹੈ; ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੁੰਦਾ। ਇਹ ਸਕਰੀਨ ਛੱਡਣ ਉੱਤੇ ਡੱਬਾ ਖ਼ਾਲੀ ਹੋ ਜਾਂਦਾ ਹੈ।
news-added =
    { $n ->
        [1] ਪਿਛਲੀ ਵਾਰ ਤੋਂ ਬਾਅਦ { $n } ਨਵਾਂ ਲੀਕ ਜੁੜਿਆ ਹੈ: { $titles }
       *[other] ਪਿਛਲੀ ਵਾਰ ਤੋਂ ਬਾਅਦ { $n } ਨਵੇਂ ਲੀਕ ਜੁੜੇ ਹਨ: { $titles }
    }
news-note = ਸਜਗ ਇਹ ਯਾਦ ਨਹੀਂ ਰੱਖਦਾ ਕਿ ਤੁਸੀਂ ਕੀ ਜਾਂਚਿਆ ਸੀ, ਇਸ ਲਈ ਇਹ ਨਹੀਂ ਦੱਸ ਸਕਦਾ ਕਿ ਤੁਸੀਂ ਇਨ੍ਹਾਂ ਵਿੱਚ ਹੋ ਜਾਂ ਨਹੀਂ। ਪਤਾ ਕਰਨ ਲਈ ਆਪਣਾ ਨੰਬਰ ਜਾਂ PAN ਫਿਰ ਜਾਂਚੋ।
news-check_again = ਫਿਰ ਜਾਂਚੋ
news-dismiss = ਠੀਕ ਹੈ, ਲੁਕਾਓ
