/**
 * The English text catalog, in two parts: this one has what the start screen and the questions need; the words
 * for results (the guide's rows, reasons, cautions, changes, sources) are in `en-result.ts`, which loads with the
 * result. Placeholders are `{name}`; `describe.ts` fills them. A translation is a pair of files with the same keys.
 */
export const en = {
  'app.title': 'Back massage planner',
  'app.heading': 'How often should you get a back massage?',
  'app.intro': 'Answer a few questions and see how often to book, and why. It takes about a minute.',
  'app.privacy': 'Your answers stay on this device.',
  'app.notAdvice': 'This is general guidance for adults, not medical advice.',

  'app.siteName': 'Back massage planner',
  'app.startButton': 'Start',
  'app.takesAMinute': 'It takes about a minute.',
  'app.footer': 'General guidance for adults, not medical advice. Your answers are saved on this device only.',
  'app.yourData': 'Your data: export, import or delete',
  'app.privacyLink': 'Privacy',
  'app.skipToContent': 'Skip to main content',

  'nav.back': 'Back',
  'nav.continue': 'Continue',
  'nav.progress': 'Question {number} of {total}',
  'nav.errorSummaryTitle': 'There is a problem',
  'nav.errorPrefix': 'Error:',
  'nav.titleWithError': 'Error: {title}',
  'nav.pageTitle': '{title} – Back massage planner',

  'question.goal.legend': 'What is your main goal?',
  'question.goal.hint': 'Pick the one that fits best. The planner uses it to find your row in the guide.',
  'question.goal.short': 'Main goal',
  'question.goal.error': 'Select your main goal',
  'option.goal.relaxation': 'Relaxation and stress relief',
  'option.goal.chronic-pain': 'Ongoing back pain or knots',
  'option.goal.chronic-pain.hint': 'Pain that has lasted for weeks or keeps coming back.',
  'option.goal.athletes': 'Recovery from sport, training or physical work',
  'option.goal.condition': 'An injury, or a condition such as sciatica, a herniated disc or fibromyalgia',
  'option.goal.posture': 'Stiffness from sitting or posture',
  'option.goal.posture.hint': 'For example from long days at a desk.',

  'question.lifestyle.legend': 'Which best describes your days?',
  'question.lifestyle.short': 'Your days',
  'question.lifestyle.error': 'Select what best describes your days',
  'option.lifestyle.mostly-sitting': 'Mostly sitting',
  'option.lifestyle.mostly-sitting.hint': 'A desk job, driving, or a lot of screen time.',
  'option.lifestyle.mixed': 'Mixed or moderately active',
  'option.lifestyle.hard-training': 'I train or play sport 3 or more times a week',
  'option.lifestyle.physical-job': 'I have a physically demanding job',

  'question.afterLastMassage.legend': 'How did you feel after your last massage?',
  'question.afterLastMassage.short': 'After your last massage',
  'question.afterLastMassage.error': 'Select how you felt after your last massage',
  'option.afterLastMassage.none-recently': 'I haven’t had a massage in the last 3 months',
  'option.afterLastMassage.fine': 'Fine',
  'option.afterLastMassage.mild': 'Mildly sore, gone within a day',
  'option.afterLastMassage.lasting': 'Sore for more than a day',
  'option.afterLastMassage.bruising': 'Bruised, or my symptoms got worse',

  'question.safety.legend': 'Do any of these apply to you?',
  'question.safety.hint': 'Tick all that apply. These keep your plan safe; your answers stay on this device.',
  'question.safety.short': 'Health checks',
  'question.safety.error': 'Tick any that apply, or “None of these”',
  'question.safety.group.now': 'Signs that need care now',
  'question.safety.group.recent': 'Right now or recently',
  'question.safety.group.conditions': 'Health conditions',
  'question.safety.group.medicines': 'Medicines, treatment and pregnancy',
  'question.safety.group.pain': 'About your back pain',
  'question.safety.noneDivider': 'or',
  'option.safety.none': 'None of these',

  'question.improving.legend': 'Is your back pain improving?',
  'question.improving.hint': 'Compared with a few weeks ago.',
  'question.improving.short': 'Pain improving',
  'question.improving.error': 'Select whether your pain is improving',
  'option.improving.yes': 'Yes, it’s improving',
  'option.improving.no': 'No, not yet',

  'question.clinicianAdvice.legend': 'How often did your doctor or physical therapist say to have a massage?',
  'question.clinicianAdvice.hint':
    'With an injury or condition, how often is for them to say. If you haven’t asked yet, that’s fine.',
  'question.clinicianAdvice.short': 'Your clinician’s advice',
  'question.clinicianAdvice.error': 'Select what your clinician advised, or “I haven’t asked yet”',
  'question.clinicianAdvice.weeksError': 'Select how many weeks apart',
  'question.clinicianAdvice.weeksLabel': 'How many weeks apart?',
  'question.clinicianAdvice.weeksPlaceholder': 'Select',
  'question.clinicianAdvice.weeksOption': 'Every {weeks} weeks',
  'option.clinicianAdvice.not-yet': 'I haven’t asked yet',
  'option.clinicianAdvice.times-1': 'Once a week',
  'option.clinicianAdvice.times-2': 'Twice a week',
  'option.clinicianAdvice.times-3': '3 times a week',
  'option.clinicianAdvice.every-weeks': 'Once every few weeks',

  'review.title': 'Check your answers',
  'review.change': 'Change',
  'review.changeHidden': '{question}',
  'review.submit': 'See my recommendation',
  'review.noneOfThese': 'None of these',
  'review.notAnswered': 'Not answered',

  'notice.title': 'About your saved answers',
  'notice.unreadable':
    'Your saved answers couldn’t be read, so the planner started afresh. A copy of what was saved is kept on this device.',
  'notice.damaged':
    'Some of your saved answers couldn’t be read and were left out. A copy of what was saved is kept on this device.',
  'notice.newer-version':
    'Your answers were saved by a newer version of this planner. You can look around, but changes won’t be saved here.',
  'notice.not-saved':
    'Your answers can’t be saved on this device (storage is turned off or full), so they will be gone when you close this page.',
  'notice.not-saved-embedded':
    'This browser doesn’t let the planner save your answers inside another website, so they will be gone when you close this page. To keep them, use the planner on its own site.',
  'notice.openDirectly': 'Open the planner on its own site (new tab)',
  'notice.download': 'Download my answers',
  'update.title': 'An update is available',
  'update.text': 'A new version of the planner is ready. Your answers are kept.',
  'update.apply': 'Update now',
  'update.later': 'Not now',
  'notice.dismiss': 'Dismiss',

  'error.title': 'Something went wrong',
  'error.text': 'The planner hit a problem it didn’t expect. Your answers are still saved on this device.',
  'error.reload': 'Reload the planner',

  'interval.twiceAWeek': 'twice a week',
  'interval.timesAWeek': '{times} times a week',
  'interval.everyWeek': 'every week',
  'interval.everyWeeks': 'every {weeks} weeks',

  'safety.bladder-bowel-numbness': 'New loss of bladder or bowel control, or numbness around the groin or inner thighs',
  'safety.leg-weakness-worsening': 'Weakness in a leg that is getting worse',
  'safety.back-pain-with-fever': 'New or worsening back pain together with a fever',
  'safety.swollen-leg': 'One leg swollen, with calf pain, warmth or redness',
  'safety.fever-or-illness': 'A fever or an illness right now, without new back pain',
  'safety.recent-fracture-or-surgery': 'A broken bone, major injury or surgery in the last 3 months',
  'safety.wounds-or-burns': 'Open or healing wounds or burns where you would be massaged',
  'safety.severe-osteoporosis': 'Severe osteoporosis (fragile bones)',
  'safety.bleeding-disorder': 'A bleeding disorder',
  'safety.blood-thinners': 'Taking blood thinners',
  'safety.cancer-treatment': 'Cancer treatment now or in the past year',
  'safety.pregnancy': 'Pregnant',
  'safety.sciatica': 'Sciatica (pain running down a leg from the back)',
  'safety.herniated-disc': 'A slipped or herniated disc',
  'safety.fibromyalgia': 'Fibromyalgia',
  'safety.cancer-history-or-weight-loss': 'Back pain with a history of cancer, or weight loss you can’t explain',
  'safety.night-pain': 'Back pain that wakes you at night',
} as const;

export type CoreMessageKey = keyof typeof en;
export type CoreCatalog = Readonly<Record<CoreMessageKey, string>>;
