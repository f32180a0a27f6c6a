# Sajag's English user-interface text (Project Fluent: https://projectfluent.org/fluent/guide/).
# Every string the app shows goes through this file (src/app/i18n.rs). `{ $name }` is a value the
# app fills in; a message about a number of things selects its form by the language's CLDR plural
# category (`[one]`, `*[other]`; `[0]` for "none"). The code writes ids with dots (result.found),
# this file with dashes (result-found). Every language's file has exactly the ids of en.ftl, each
# with the same variables (a unit test checks both).

app-title = Sajag
app-tagline = Check privately whether your number or PAN is in a leak
nav-check = Check
nav-result = Result
nav-guide = Scam guide
nav-message = Check a message
nav-help = Report & help
nav-settings = Settings
badge-demo = DEMO DATA
check-heading = Is my number or PAN in a leak?
check-intro = Type your mobile number or PAN. Sajag checks it without sending it anywhere.
check-input_label = Mobile number or PAN
check-input_hint = e.g. +91 98765 43210 or ABCPE1234F
check-kind_mobile = Mobile number: { $masked }
check-kind_pan = PAN: { $masked } (held by { $holder })
check-leaves_remote = What leaves this computer: only these 5 characters: { $prefix } — your { $thing } stays here.
check-leaves_blinded = What leaves this computer: only these 5 characters: { $prefix }, and two blinded values that cannot be turned back into your { $thing } — your { $thing } stays here.
check-leaves_local = Nothing leaves this computer: this index is on your device. (With an online index, only these 5 characters would be sent: { $prefix }.)
check-thing_mobile = number
check-thing_pan = PAN
check-how_link = How this works
check-how_text = Your number or PAN is turned into a fingerprint (a SHA-256 hash) on this computer. Only the first 5 characters of that fingerprint are used to ask for a small bucket of entries; about 3,800 possible numbers share every bucket, so the bucket does not say which one is yours. (An index in the plain mode can be reversed by someone who has all of it, so public services should use the blinded mode, where the server must help with every check.) The comparison with the bucket happens here, on your computer. What you type is never saved.
check-button = Check now
check-clear = Clear
check-cancel = Cancel
check-checking = Checking…
check-cancelled = Check cancelled.
check-error = The check could not be completed: { $message }
check-error_note = This is not a “not found”. Try again, or choose another index in Settings.
check-retry = Try again
check-retry_in = The index server asked to wait: you can try again in { $seconds } seconds.
check-keys = Enter checks · Escape clears or cancels
source-against = Index: { $name }
source-loading = Opening the index…
source-failed = The index could not be opened: { $message }
source-retry = Retry
source-demo_name = the built-in demo index
source-demo_note = Demo data: made-up entries for trying Sajag. It does not tell you anything about real leaks.
source-details = Built { $built } · { $breaches } breaches · { $entries } identifiers
source-open_settings = Choose an index
source-verifying = Checking the file against its checksum
source-signed_trusted = Signed by { $name }, a publisher you trust.
source-signed_unknown = Signed by an unknown publisher calling itself “{ $name }” (key { $key }). Its breach descriptions are its own words; trust the key in Settings only if you know who it is.
source-unsigned = Unsigned — anyone could have made this index. Its breach descriptions are not checked by anyone.
result-heading = Result for { $masked }
result-found =
    { $n ->
        [one] Found in { $n } breach
       *[other] Found in { $n } breaches
    }
result-found_note = Your { $thing } appears in the leaked data listed below. That does not mean money is lost; it means scammers may know these details about you.
result-not_found = Not found
result-not_found_text =
    { $n ->
        [one] Not found in the { $n } breach this index covers.
       *[other] Not found in the { $n } breaches this index covers.
    } That is not a guarantee: other leaks exist that this index does not cover.
result-covered = Breaches this index covers:
result-happened = Happened: { $date }
result-added = Added: { $date }
result-records = Records in this index: { $n }
result-exposed = What it exposed:
result-sources = Reported at:
result-texts_from = The breach descriptions and links below are written by the index's publisher “{ $name }”, whom you have not chosen to trust. They may be wrong or misleading: do not call numbers or open links you find in them.
result-texts_unsigned = This index is unsigned, so anyone could have written the breach descriptions and links below. They may be wrong or misleading: do not call numbers or open links you find in them.
result-link_not_opened = (not opened: the publisher is not trusted)
result-verified = Verified by the index operator
result-unverified = Not verified by the index operator
result-meaning = What this means for you
result-todo = What to do now
result-todo_note = Your ticks are kept only while Sajag is open; they are never saved.
result-again = Check another
result-not_found_guide = Whether or not your number is in a leak, the same scams reach everyone. Learn to spot them:
result-open_guide = Open the scam guide
class-name = Name
class-age = Age
class-gender = Gender
class-mobile = Mobile number
class-address = Address
class-test_date = Test date
class-test_result = Test result
class-birth_year = Year of birth
class-id_number = ID document number
class-vaccination_centre = Vaccination centre
class-pan = PAN
class-city = City
guide-heading = Scam guide
guide-intro = The calls, messages, offers and “treatments” that follow a leak — how each one works, how to spot it, and what to do.
guide-search = Search the guide
guide-search_hint = e.g. OTP, oxygen, AnyDesk, PAN, refund
guide-no_match = No article contains “{ $query }”. Try a shorter or different word.
guide-matches =
    { $n ->
        [0] No matching articles
        [one] { $n } matching article
       *[other] { $n } matching articles
    }
guide-cat-calls = Calls
guide-cat-messages = Messages and links
guide-cat-offers = Offers and sales
guide-cat-treatments = Tests and treatments
guide-cat-money = Money and payments
guide-cat-identity = Identity misuse
guide-back = « All articles
guide-example = What it looks like
guide-example_note = An example (made up: the numbers and links are not real)
guide-how = How it works
guide-red_flags = Red flags
guide-do_now = What to do
guide-if_paid = If you already paid or shared an OTP or PIN
guide-report_to = Report to
guide-related = Related
guide-sources = Sources
guide-reviewed = Last checked against its sources: { $date }
message-heading = Check a message
message-intro = Paste an SMS, WhatsApp message or e-mail you are unsure about. Sajag looks for the warning signs of known scams.
message-input_label = Message to check
message-input_hint = Paste the message here
message-button = Check this message
message-clear = Clear
message-keys = Ctrl+Enter checks
message-preparing = Preparing the checks…
message-rules_failed = The message check is not available: { $message }
message-privacy = The message is checked on this computer. It is not sent anywhere and not saved.
message-verdict_scam = This looks like a scam
message-note_scam = Do not reply, call back, tap links, pay or share any code. If you already did, see “Report & help”.
message-verdict_suspicious = Be careful: this has warning signs
message-note_suspicious = Check it yourself through an official number or site before you do anything it asks.
message-verdict_none = No red flags found — that does not make it safe
message-note_none = This check only reads the words. It cannot see who really sent the message, where a link leads, or whether a caller's story is true, and scams change. Before you act, ask the three questions below.
message-truncated = The message is very long: only its first { $max } characters were checked.
message-verdict_minor = No clear red flags
message-note_minor = The sign below is common in scams but also in genuine messages. Check it before you act, and never share an OTP or PIN.
message-questions = Three questions that catch most scams
message-q_ask = Does it ask for money, a code (OTP, PIN) or an app to install?
message-q_rush = Does it rush or frighten you (today, tonight, blocked, arrest)?
message-q_link = Is every link on the sender's real domain (for government, usually ending in .gov.in)? If unsure, open the official app or type the address yourself.
message-report_title = Report it
message-report_chakshu = Report the message or call on Chakshu at sancharsaathi.gov.in (Sanchar Saathi).
message-report_1930 = If you lost money: call 1930 at once, or report at cybercrime.gov.in.
message-check_title = Check the number or UPI id
message-check_suspect = Search it in the I4C suspect repository: https://cybercrime.gov.in/Webform/suspect_search_repository.aspx (on cybercrime.gov.in, menu "Report & Check Suspect"). Not being listed does not make it safe.
message-flags = Warning signs found: { $n }
message-found = In the message: { $text }
message-highlighted = The message, with the warning signs marked
help-heading = Report & help
help-intro = Whom to call and where to report. Lost money? Call 1930 now — the first hours matter most.
help-group-money = If you lost money or shared an OTP, PIN or card details
help-group-suspected = If you got a suspicious call, message, link or e-mail
help-group-identity = If someone may be using your identity
help-group-prevent = Fewer unwanted calls
help-call = Call { $phone }
complaint-heading = Prepare a complaint
complaint-intro = Write down what happened while you remember it. Sajag turns it into a summary you can save and paste into the complaint form on cybercrime.gov.in, or take to your bank or the police.
complaint-what = What happened
complaint-what_hint = Who contacted you, what they said, what you did — in order
complaint-when = When
complaint-when_hint = Date and time, e.g. 27 Nov 2026, about 4 pm
complaint-amounts = Amounts lost
complaint-amounts_hint = e.g. ₹4,999 and ₹10,000
complaint-transactions = Transaction IDs and where the money went
complaint-transactions_hint = UTR / transaction numbers, UPI IDs, account numbers
complaint-numbers = Numbers, links and apps used
complaint-numbers_hint = Phone numbers that called or messaged, links, app names
complaint-save = Save as a file…
complaint-clear = Clear the form
complaint-saved = Saved to { $path }
complaint-save_failed = The file could not be saved: { $message }
complaint-nothing_sent = Nothing is sent: the form stays on this computer and is forgotten when you close Sajag, unless you save it.
complaint-file_name = complaint-summary.md
complaint-doc_title = Complaint summary
complaint-doc_next = Next steps
complaint-doc_1930 = Money lost: call 1930 (National Cyber Crime Helpline) at once.
complaint-doc_portal = File the complaint on https://cybercrime.gov.in and keep its number.
complaint-doc_bank = Call your bank on the number on your card or passbook to block cards and UPI and dispute the transactions.
id_error-empty = Please type a mobile number or a PAN.
id_error-mobile_has_letters = Letters are not allowed in a mobile number.
id_error-mobile_bad_character = “{ $char }” cannot be part of a mobile number.
id_error-mobile_too_few_digits =
    { $n ->
        [one] { $n } digit — a mobile number has 10.
       *[other] { $n } digits — a mobile number has 10.
    }
id_error-mobile_too_many_digits =
    { $n ->
        [one] { $n } digit — a mobile number has 10.
       *[other] { $n } digits — a mobile number has 10.
    }
id_error-mobile_not_indian = This is not an Indian number: only Indian mobile numbers (+91) can be checked.
id_error-mobile_bad_first_digit = Indian mobile numbers start with 6, 7, 8 or 9.
id_error-mobile_landline = This looks like a landline number (it starts with an STD code). Only mobile numbers can be checked.
id_error-pan_wrong_length = A PAN has 10 characters (5 letters, 4 digits, 1 letter); this has { $n }.
id_error-pan_bad_character = A PAN uses only English letters and digits; “{ $char }” is not one of them.
id_error-pan_wrong_shape = Character { $position } of a PAN must be { $expected }.
id_error-a_letter = a letter
id_error-a_digit = a digit
holder-P = an individual person
holder-C = a company
holder-H = a Hindu Undivided Family (HUF)
holder-F = a firm
holder-A = an association of persons (AOP)
holder-T = a trust
holder-B = a body of individuals (BOI)
holder-L = a local authority
holder-J = an artificial juridical person
holder-G = a government body
holder-E = a limited liability partnership (LLP)
holder-unknown = an unlisted holder type (letter { $letter })
settings-heading = Settings
settings-source = Index source
settings-trust = Trusted publishers
settings-trust_text = An index is signed by whoever made it. Sajag shows “signed by …” by name only for the publishers listed here; any other index is shown as coming from an unknown publisher or as unsigned.
settings-trust_demo = The built-in demo index is always trusted (its key cannot sign anything else).
settings-trust_warning = Only trust a key you got from the publisher itself — from its own website or in person. A trusted publisher's breach descriptions and links are shown as reliable.
settings-trust_key = Publisher key (paste the line from its .pub file)
settings-trust_name = Name to show for it (optional)
settings-trust_add = Trust this publisher
settings-trust_remove = Stop trusting { $name }
settings-trust_failed = This key cannot be used: { $message }
settings-source_demo = Built-in demo index
settings-source_file = Index file on this computer
settings-source_url = Online index (web address)
settings-file_label = Index file path
settings-file_hint = /path/to/index.sajag
settings-browse = Browse…
settings-use_file = Use this file
settings-url_label = Index web address
settings-url_hint = https://… (plain http only for this computer)
settings-use_url = Use this address
settings-use_demo = Use the demo index
settings-current = Now using: { $name }
settings-appearance = Appearance
settings-theme = Theme
settings-theme_system = System
settings-theme_light = Light
settings-theme_dark = Dark
settings-text_size = Text size
settings-smaller = Smaller text
settings-larger = Larger text
settings-language = Language
settings-save_failed = Settings could not be saved: { $message }
settings-about = About
settings-version = Sajag version { $version }
settings-licence = Licence: Apache-2.0. Fonts: Noto Sans for the Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam scripts (SIL Open Font License 1.1).
settings-privacy = Privacy: what you type is never saved or logged. A check sends at most the first 5 characters of a fingerprint of your number (and, for a blinded index, two randomised values that cannot be turned back into it), and only to an online index you chose. Settings (index, look, language, the publishers you trust, and the names of each index's breaches, to tell you about new ones) are stored on this computer, with the newest build date seen from each publisher (to refuse older copies); checklist ticks are never saved. There is no telemetry. Messages you check and the complaint form stay in memory on this computer; the complaint is written only where you save it.

# The Family check screen and the notice of new breaches (#13).
nav-family = Family check
family-heading = Check your family's numbers
family-intro = Check up to 10 mobile numbers or PANs at once — a parent's number, a spouse's PAN. One per line; each is checked on its own, exactly like a single check.
family-input_label = Numbers and PANs, one per line
family-input_hint =
    +91 98765 43210
    ABCPE1234F
family-too_many = At most { $max } at a time. Not checked: line { $lines }. Check them in a second round.
family-leaves_remote = For each line, only its own 5 characters are sent to the index server, as in a single check. Nothing is saved.
family-leaves_local = Nothing leaves this computer: this index is on your device. Nothing is saved.
family-button = Check all
family-clear = Clear all
family-results = Results
family-row = Line { $lines }: { $masked }
family-row_invalid = Line { $lines }
family-error_note = This is not a “not found”: this line could not be checked. Press “Check all” to try again.
family-not_found_text =
    { $n ->
        [one] Not found in the { $n } breach this index covers. That is not a guarantee: other leaks exist.
       *[other] Not found in the { $n } breaches this index covers. That is not a guarantee: other leaks exist.
    }
family-not_checked = Not checked, over the limit: line { $lines }.
family-kept = These results are kept only while Sajag is open; nothing is saved. The box is emptied when you leave this screen.
news-added =
    { $n ->
        [one] { $n } breach was added since you last checked: { $titles }
       *[other] { $n } breaches were added since you last checked: { $titles }
    }
news-note = Sajag does not remember what you checked, so it cannot tell whether you are in them. Check your number or PAN again to find out.
news-check_again = Check again
news-dismiss = Dismiss
