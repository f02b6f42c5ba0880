import type { VettingCheckKind } from '../../organisations/domain/vetting-checks.js';
import type { UrgentReportCause } from '../../shared-domain/domain-event-map.js';
import type { EmailLocale, EmailType } from './email-types.js';

/** One email's words: `{name}`-style placeholders are filled by `renderEmail`. */
export interface EmailWords {
  subject: string;
  body: string;
  action: string;
}

export interface CommonWords {
  greeting: string;
  footer: string;
  unsubscribe: string;
  preferences: string;
}

export type EmailCatalogue = Readonly<Record<EmailLocale, { common: CommonWords; types: Readonly<Record<EmailType, EmailWords>> }>>;

/** Every email in every language: the one template set (tested type by type, language by language). */
export const EMAIL_MESSAGES: EmailCatalogue = {
  en: {
    common: {
      greeting: 'Hello {name},',
      footer: 'You receive this email because you have an account on Common Ground, run with the Red Cross.',
      unsubscribe: 'Stop these emails',
      preferences: 'Choose which emails you receive',
    },
    types: {
      'account.verify-email': { subject: 'Confirm your email address', body: 'Please confirm that this is your email address, so that we can tell you about matches and meetups.', action: 'Confirm my email address' },
      'account.password-reset': { subject: 'Reset your password', body: 'Someone asked to reset the password of your account. If it was you, choose a new password with the link below; it works once, for {minutes} minutes. If it was not you, ignore this email.', action: 'Choose a new password' },
      'match.proposed': { subject: '{partner} would like to meet you', body: 'You have been matched with {partner}. Have a look and accept or decline the proposal.', action: 'See the proposal' },
      'match.active': { subject: 'You and {partner} are matched', body: 'You and {partner} both accepted. You can now chat and plan a first meetup.', action: 'Open the conversation' },
      'match.declined': { subject: 'Your proposal with {partner} was declined', body: '{partner} could not accept this time. You are free to be matched with someone else.', action: 'See new suggestions' },
      'match.expired': { subject: 'Your proposal with {partner} expired', body: 'Nobody answered the proposal with {partner} in time. You are free to be matched with someone else.', action: 'See new suggestions' },
      'meetup.proposed': { subject: '{partner} proposes a meetup', body: '{partner} proposes to meet on {when}. Accept or suggest another time.', action: 'See the meetup' },
      'meetup.confirmed': { subject: 'Meetup with {partner} confirmed', body: 'Your meetup with {partner} on {when} is confirmed. The calendar file is attached.', action: 'See the meetup' },
      'meetup.cancelled': { subject: 'Meetup with {partner} cancelled', body: 'The meetup with {partner} on {when} will not take place.', action: 'Plan another meetup' },
      'meetup.reminder': { subject: 'Reminder: meetup with {partner} tomorrow', body: 'You meet {partner} on {when}. Have a good time together.', action: 'See the meetup' },
      'chat.unread': { subject: 'New messages from {partner}', body: 'You have {count} unread messages from {partner}.', action: 'Read the messages' },
      'account.verified': { subject: 'You are verified as a volunteer', body: 'Our coordinators verified your account. You can now be matched with newcomers.', action: 'Open Common Ground' },
      'account.warned': { subject: 'A message from our coordinators', body: 'Our coordinators sent you a warning: {note}', action: 'Open Common Ground' },
      'nudge.profile-incomplete': { subject: 'Finish your profile to be matched', body: 'Your profile is not complete yet. Add what is missing so that we can find you a match.', action: 'Complete my profile' },
      'nudge.proposal-waiting': { subject: '{partner} is waiting for your answer', body: 'The proposal with {partner} has been waiting for three days. Please accept or decline it.', action: 'Answer the proposal' },
      'checkin.due': { subject: 'How is it going with {partner}?', body: 'Tell us in a minute how your match with {partner} is going.', action: 'Check in' },
      'match.ending': { subject: 'Your match with {partner} ends in two weeks', body: 'Your programme with {partner} ends in two weeks. Plan a last meetup and say goodbye.', action: 'Open the match' },
      'safeguarding.urgent-report': { subject: 'Urgent safety concern in {programme}', body: 'A safety concern needs your attention: {cause} in the programme {programme} (report {reference}). Open it in the staff console: the details are there, not in this email.', action: 'Open the reports' },
      'vetting.check-expiring': { subject: 'A volunteer check expires on {expiresOn}', body: 'The {check} of {volunteer} expires on {expiresOn}. Record the renewed check before then: a volunteer whose required checks have expired gets no new proposals.', action: 'Open the volunteers' },
    },
  },
  nl: {
    common: {
      greeting: 'Hallo {name},',
      footer: 'Je krijgt deze e-mail omdat je een account hebt op Common Ground, samen met het Rode Kruis.',
      unsubscribe: 'Deze e-mails niet meer ontvangen',
      preferences: 'Kies welke e-mails je ontvangt',
    },
    types: {
      'account.verify-email': { subject: 'Bevestig je e-mailadres', body: 'Bevestig dat dit jouw e-mailadres is, zodat we je kunnen laten weten over matches en afspraken.', action: 'Mijn e-mailadres bevestigen' },
      'account.password-reset': { subject: 'Stel je wachtwoord opnieuw in', body: 'Iemand vroeg om het wachtwoord van je account opnieuw in te stellen. Was jij het, kies dan een nieuw wachtwoord met de link hieronder; die werkt één keer, {minutes} minuten lang. Was jij het niet, negeer dan deze e-mail.', action: 'Nieuw wachtwoord kiezen' },
      'match.proposed': { subject: '{partner} wil je graag ontmoeten', body: 'Je bent gekoppeld aan {partner}. Bekijk het voorstel en accepteer of wijs het af.', action: 'Voorstel bekijken' },
      'match.active': { subject: 'Jij en {partner} zijn een koppel', body: 'Jij en {partner} hebben allebei geaccepteerd. Jullie kunnen nu chatten en een eerste afspraak plannen.', action: 'Gesprek openen' },
      'match.declined': { subject: 'Je voorstel met {partner} is afgewezen', body: '{partner} kon deze keer niet accepteren. Je kunt met iemand anders gekoppeld worden.', action: 'Nieuwe suggesties bekijken' },
      'match.expired': { subject: 'Je voorstel met {partner} is verlopen', body: 'Niemand heeft het voorstel met {partner} op tijd beantwoord. Je kunt met iemand anders gekoppeld worden.', action: 'Nieuwe suggesties bekijken' },
      'meetup.proposed': { subject: '{partner} stelt een afspraak voor', body: '{partner} stelt voor om af te spreken op {when}. Accepteer of stel een ander moment voor.', action: 'Afspraak bekijken' },
      'meetup.confirmed': { subject: 'Afspraak met {partner} bevestigd', body: 'Je afspraak met {partner} op {when} is bevestigd. Het agendabestand zit in de bijlage.', action: 'Afspraak bekijken' },
      'meetup.cancelled': { subject: 'Afspraak met {partner} gaat niet door', body: 'De afspraak met {partner} op {when} gaat niet door.', action: 'Een nieuwe afspraak plannen' },
      'meetup.reminder': { subject: 'Herinnering: morgen afspraak met {partner}', body: 'Je ziet {partner} op {when}. Veel plezier samen.', action: 'Afspraak bekijken' },
      'chat.unread': { subject: 'Nieuwe berichten van {partner}', body: 'Je hebt {count} ongelezen berichten van {partner}.', action: 'Berichten lezen' },
      'account.verified': { subject: 'Je bent geverifieerd als vrijwilliger', body: 'Onze coördinatoren hebben je account geverifieerd. Je kunt nu gekoppeld worden aan nieuwkomers.', action: 'Common Ground openen' },
      'account.warned': { subject: 'Een bericht van onze coördinatoren', body: 'Onze coördinatoren stuurden je een waarschuwing: {note}', action: 'Common Ground openen' },
      'nudge.profile-incomplete': { subject: 'Maak je profiel af om gekoppeld te worden', body: 'Je profiel is nog niet compleet. Vul aan wat ontbreekt, zodat we een match voor je kunnen vinden.', action: 'Mijn profiel aanvullen' },
      'nudge.proposal-waiting': { subject: '{partner} wacht op je antwoord', body: 'Het voorstel met {partner} wacht al drie dagen. Accepteer het of wijs het af.', action: 'Voorstel beantwoorden' },
      'checkin.due': { subject: 'Hoe gaat het met {partner}?', body: 'Laat ons in een minuut weten hoe het gaat met {partner}.', action: 'Inchecken' },
      'match.ending': { subject: 'Je match met {partner} eindigt over twee weken', body: 'Je programma met {partner} eindigt over twee weken. Plan een laatste afspraak en neem afscheid.', action: 'Match openen' },
      'vetting.check-expiring': { subject: 'Een controle van een vrijwilliger verloopt op {expiresOn}', body: 'De {check} van {volunteer} verloopt op {expiresOn}. Leg de vernieuwde controle vóór die dag vast: een vrijwilliger van wie vereiste controles verlopen zijn, krijgt geen nieuwe voorstellen.', action: 'Vrijwilligers openen' },
      'safeguarding.urgent-report': { subject: 'Dringende veiligheidszorg in {programme}', body: 'Een veiligheidszorg heeft je aandacht nodig: {cause} in het programma {programme} (melding {reference}). Open de melding in de console voor coördinatoren: de details staan daar, niet in deze e-mail.', action: 'Meldingen openen' },
    },
  },
  ar: {
    common: {
      greeting: 'مرحبًا {name}،',
      footer: 'تصلك هذه الرسالة لأن لديك حسابًا على Common Ground بالتعاون مع الصليب الأحمر.',
      unsubscribe: 'إيقاف هذه الرسائل',
      preferences: 'اختر الرسائل التي تصلك',
    },
    types: {
      'account.verify-email': { subject: 'أكّد عنوان بريدك الإلكتروني', body: 'يرجى تأكيد أن هذا عنوان بريدك الإلكتروني، حتى نخبرك بالتوفيقات والمواعيد.', action: 'تأكيد بريدي الإلكتروني' },
      'account.password-reset': { subject: 'إعادة تعيين كلمة المرور', body: 'طلب أحدهم إعادة تعيين كلمة مرور حسابك. إن كنت أنت، فاختر كلمة مرور جديدة عبر الرابط أدناه؛ يعمل مرة واحدة لمدة {minutes} دقيقة. وإن لم تكن أنت، فتجاهل هذه الرسالة.', action: 'اختيار كلمة مرور جديدة' },
      'match.proposed': { subject: '{partner} يرغب في لقائك', body: 'تم اقتراح توفيقك مع {partner}. اطّلع على الاقتراح واقبله أو ارفضه.', action: 'عرض الاقتراح' },
      'match.active': { subject: 'أنت و{partner} أصبحتما ثنائيًا', body: 'قبلتَ أنت و{partner} الاقتراح. يمكنكما الآن الدردشة وتخطيط أول لقاء.', action: 'فتح المحادثة' },
      'match.declined': { subject: 'تم رفض الاقتراح مع {partner}', body: 'لم يتمكن {partner} من القبول هذه المرة. يمكن توفيقك مع شخص آخر.', action: 'عرض اقتراحات جديدة' },
      'match.expired': { subject: 'انتهت صلاحية الاقتراح مع {partner}', body: 'لم يُجب أحد على الاقتراح مع {partner} في الوقت المحدد. يمكن توفيقك مع شخص آخر.', action: 'عرض اقتراحات جديدة' },
      'meetup.proposed': { subject: '{partner} يقترح لقاءً', body: 'يقترح {partner} اللقاء في {when}. اقبل أو اقترح وقتًا آخر.', action: 'عرض اللقاء' },
      'meetup.confirmed': { subject: 'تم تأكيد اللقاء مع {partner}', body: 'تم تأكيد لقائك مع {partner} في {when}. ملف التقويم مرفق.', action: 'عرض اللقاء' },
      'meetup.cancelled': { subject: 'تم إلغاء اللقاء مع {partner}', body: 'لن يُعقد اللقاء مع {partner} في {when}.', action: 'تخطيط لقاء آخر' },
      'meetup.reminder': { subject: 'تذكير: لقاء مع {partner} غدًا', body: 'ستلتقي {partner} في {when}. نتمنى لكما وقتًا طيبًا.', action: 'عرض اللقاء' },
      'chat.unread': { subject: 'رسائل جديدة من {partner}', body: 'لديك {count} رسائل غير مقروءة من {partner}.', action: 'قراءة الرسائل' },
      'account.verified': { subject: 'تم التحقق منك كمتطوع', body: 'تحقق منسقونا من حسابك. يمكن الآن توفيقك مع القادمين الجدد.', action: 'فتح Common Ground' },
      'account.warned': { subject: 'رسالة من منسقينا', body: 'أرسل لك منسقونا تحذيرًا: {note}', action: 'فتح Common Ground' },
      'nudge.profile-incomplete': { subject: 'أكمل ملفك الشخصي ليتم توفيقك', body: 'ملفك الشخصي غير مكتمل بعد. أضف ما ينقصه حتى نجد لك شريكًا.', action: 'إكمال ملفي الشخصي' },
      'nudge.proposal-waiting': { subject: '{partner} ينتظر ردك', body: 'ينتظر الاقتراح مع {partner} منذ ثلاثة أيام. يرجى قبوله أو رفضه.', action: 'الرد على الاقتراح' },
      'checkin.due': { subject: 'كيف تسير الأمور مع {partner}؟', body: 'أخبرنا في دقيقة كيف يسير توفيقك مع {partner}.', action: 'تسجيل المتابعة' },
      'match.ending': { subject: 'ينتهي توفيقك مع {partner} بعد أسبوعين', body: 'ينتهي برنامجك مع {partner} بعد أسبوعين. خطّط للقاء أخير وودّعا بعضكما.', action: 'فتح التوفيق' },
      'vetting.check-expiring': { subject: 'تنتهي صلاحية أحد فحوصات متطوع في {expiresOn}', body: 'تنتهي صلاحية {check} الخاص بـ {volunteer} في {expiresOn}. سجّل الفحص المجدد قبل ذلك: المتطوع الذي انتهت صلاحية فحوصاته المطلوبة لا يتلقى اقتراحات جديدة.', action: 'فتح قائمة المتطوعين' },
      'safeguarding.urgent-report': { subject: 'مخاوف عاجلة تتعلق بالسلامة في {programme}', body: 'هناك مخاوف تتعلق بالسلامة تحتاج إلى اهتمامك: {cause} في البرنامج {programme} (البلاغ {reference}). افتح البلاغ في لوحة المنسقين: التفاصيل هناك وليست في هذه الرسالة.', action: 'فتح البلاغات' },
    },
  },
  uk: {
    common: {
      greeting: 'Вітаємо, {name}!',
      footer: 'Ви отримали цей лист, бо маєте обліковий запис у Common Ground, що працює разом із Червоним Хрестом.',
      unsubscribe: 'Більше не надсилати такі листи',
      preferences: 'Виберіть, які листи отримувати',
    },
    types: {
      'account.verify-email': { subject: 'Підтвердьте адресу електронної пошти', body: 'Підтвердьте, що це ваша адреса, щоб ми могли повідомляти вас про пари та зустрічі.', action: 'Підтвердити адресу' },
      'account.password-reset': { subject: 'Скидання пароля', body: 'Хтось попросив скинути пароль вашого облікового запису. Якщо це ви, виберіть новий пароль за посиланням нижче; воно діє один раз протягом {minutes} хвилин. Якщо це не ви, просто проігноруйте цей лист.', action: 'Вибрати новий пароль' },
      'match.proposed': { subject: '{partner} хоче з вами познайомитися', body: 'Вам запропоновано пару з {partner}. Перегляньте пропозицію та прийміть або відхиліть її.', action: 'Переглянути пропозицію' },
      'match.active': { subject: 'Ви та {partner} тепер пара', body: 'Ви та {partner} обоє погодилися. Тепер можна листуватися й запланувати першу зустріч.', action: 'Відкрити розмову' },
      'match.declined': { subject: 'Пропозицію з {partner} відхилено', body: '{partner} цього разу не може погодитися. Вам можуть запропонувати іншу пару.', action: 'Переглянути нові пропозиції' },
      'match.expired': { subject: 'Пропозиція з {partner} закінчилася', body: 'Ніхто вчасно не відповів на пропозицію з {partner}. Вам можуть запропонувати іншу пару.', action: 'Переглянути нові пропозиції' },
      'meetup.proposed': { subject: '{partner} пропонує зустріч', body: '{partner} пропонує зустрітися {when}. Прийміть або запропонуйте інший час.', action: 'Переглянути зустріч' },
      'meetup.confirmed': { subject: 'Зустріч із {partner} підтверджено', body: 'Вашу зустріч із {partner} {when} підтверджено. Файл календаря додано до листа.', action: 'Переглянути зустріч' },
      'meetup.cancelled': { subject: 'Зустріч із {partner} скасовано', body: 'Зустріч із {partner} {when} не відбудеться.', action: 'Запланувати іншу зустріч' },
      'meetup.reminder': { subject: 'Нагадування: завтра зустріч із {partner}', body: 'Ви зустрічаєтеся з {partner} {when}. Гарного вам часу разом.', action: 'Переглянути зустріч' },
      'chat.unread': { subject: 'Нові повідомлення від {partner}', body: 'У вас {count} непрочитаних повідомлень від {partner}.', action: 'Прочитати повідомлення' },
      'account.verified': { subject: 'Вас підтверджено як волонтера', body: 'Наші координатори перевірили ваш обліковий запис. Тепер вам можуть пропонувати пари з новоприбулими.', action: 'Відкрити Common Ground' },
      'account.warned': { subject: 'Повідомлення від наших координаторів', body: 'Наші координатори надіслали вам попередження: {note}', action: 'Відкрити Common Ground' },
      'nudge.profile-incomplete': { subject: 'Заповніть профіль, щоб отримати пару', body: 'Ваш профіль ще не заповнений. Додайте те, чого бракує, щоб ми могли знайти вам пару.', action: 'Заповнити профіль' },
      'nudge.proposal-waiting': { subject: '{partner} чекає на вашу відповідь', body: 'Пропозиція з {partner} чекає вже три дні. Прийміть або відхиліть її.', action: 'Відповісти на пропозицію' },
      'checkin.due': { subject: 'Як справи з {partner}?', body: 'Розкажіть нам за хвилину, як складається ваша пара з {partner}.', action: 'Відповісти' },
      'match.ending': { subject: 'Ваша пара з {partner} завершується за два тижні', body: 'Ваша програма з {partner} завершується за два тижні. Заплануйте останню зустріч і попрощайтеся.', action: 'Відкрити пару' },
      'vetting.check-expiring': { subject: 'Перевірка волонтера спливає {expiresOn}', body: 'Термін дії перевірки «{check}» волонтера {volunteer} спливає {expiresOn}. Внесіть оновлену перевірку до цього дня: волонтер, у якого сплили обов’язкові перевірки, не отримує нових пропозицій.', action: 'Відкрити волонтерів' },
      'safeguarding.urgent-report': { subject: 'Термінове питання безпеки в {programme}', body: 'Питання безпеки потребує вашої уваги: {cause} у програмі {programme} (повідомлення {reference}). Відкрийте його в консолі координаторів: подробиці там, а не в цьому листі.', action: 'Відкрити повідомлення' },
    },
  },
};

/** Why a report is urgent, in words for the safeguarding email's `{cause}`: no names, no details. */
export const URGENT_CAUSE_WORDS: Readonly<Record<EmailLocale, Readonly<Record<UrgentReportCause, string>>>> = {
  en: {
    'safety-report': 'a participant reported a safety concern',
    'meetup-concern': 'a participant raised a concern after a meetup',
    'checkin-contact': 'a participant asked to be contacted in a check-in',
  },
  nl: {
    'safety-report': 'een deelnemer meldde een zorg over veiligheid',
    'meetup-concern': 'een deelnemer uitte een zorg na een ontmoeting',
    'checkin-contact': 'een deelnemer vroeg in een check-in om contact',
  },
  ar: {
    'safety-report': 'أبلغ أحد المشاركين عن مخاوف تتعلق بالسلامة',
    'meetup-concern': 'أبدى أحد المشاركين قلقًا بعد لقاء',
    'checkin-contact': 'طلب أحد المشاركين التواصل معه في تقييم دوري',
  },
  uk: {
    'safety-report': 'учасник повідомив про загрозу безпеці',
    'meetup-concern': 'учасник висловив занепокоєння після зустрічі',
    'checkin-contact': 'учасник попросив зв’язатися з ним під час чек-іну',
  },
};

/** A check's kind in words, for the expiry reminder's `{check}`. */
export const CHECK_KIND_WORDS: Readonly<Record<EmailLocale, Readonly<Record<VettingCheckKind, string>>>> = {
  en: { identity: 'identity check', 'certificate-of-conduct': 'certificate of conduct', references: 'references', 'safeguarding-training': 'safeguarding training' },
  nl: { identity: 'identiteitscontrole', 'certificate-of-conduct': 'verklaring omtrent het gedrag (VOG)', references: 'referenties', 'safeguarding-training': 'training veilig vrijwilligerswerk' },
  ar: { identity: 'التحقق من الهوية', 'certificate-of-conduct': 'شهادة حسن السيرة والسلوك', references: 'المراجع', 'safeguarding-training': 'تدريب الحماية' },
  uk: { identity: 'перевірка особи', 'certificate-of-conduct': 'довідка про несудимість', references: 'рекомендації', 'safeguarding-training': 'навчання із захисту' },
};
