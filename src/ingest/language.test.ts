import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

// Sentences written for these tests.
const cases: Array<[string, string | null]> = [
  [
    'The minister said on Friday that the talks would resume next week, and that both sides had agreed to the plan.',
    'en',
  ],
  [
    'Министр заявил в пятницу, что переговоры возобновятся на следующей неделе и что обе стороны согласились с планом.',
    'ru',
  ],
  [
    'Міністр заявив у пʼятницю, що переговори відновляться наступного тижня і що обидві сторони погодилися з планом. Її рішення є важливим.',
    'uk',
  ],
  [
    'Minister powiedział w piątek, że rozmowy zostaną wznowione w przyszłym tygodniu i że obie strony zgodziły się na plan.',
    'pl',
  ],
  [
    'Der Minister sagte am Freitag, dass die Gespräche in der nächsten Woche wieder aufgenommen werden und dass beide Seiten dem Plan zugestimmt haben.',
    'de',
  ],
  [
    'Le ministre a déclaré vendredi que les négociations reprendront la semaine prochaine et que les deux parties ont accepté le plan.',
    'fr',
  ],
  [
    'El ministro dijo el viernes que las conversaciones se reanudarán la próxima semana y que ambas partes han aceptado el plan.',
    'es',
  ],
  [
    'O ministro disse na sexta-feira que as negociações serão retomadas na próxima semana e que os dois lados aceitaram o plano.',
    'pt',
  ],
  ['قال الوزير يوم الجمعة إن المحادثات ستستأنف الأسبوع المقبل وإن الطرفين وافقا على الخطة.', 'ar'],
  ['השר אמר ביום שישי שהשיחות יתחדשו בשבוע הבא.', 'he'],
  ['部长周五表示，谈判将于下周恢复。', 'zh'],
  ['大臣は金曜日に、交渉は来週再開されると述べた。', 'ja'],
  ['장관은 금요일 협상이 다음 주에 재개될 것이라고 말했다.', 'ko'],
  ["Drew's back from Europe! Jeff's bummed about the game, and it's a wrestling show.", 'en'],
  ['', null],
  ['12345 67 -- !!', null],
];

describe('detectLanguage', () => {
  it.each(cases)('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('is fast on a large text (samples the start)', () => {
    const text = 'The council said it would decide soon. '.repeat(100_000);
    expect(detectLanguage(text)).toBe('en');
  });
});
