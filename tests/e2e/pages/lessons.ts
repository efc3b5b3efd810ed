/** Page object for the lessons: the list, the lesson panel and the prediction dialog, by role and label in either language. */
import { expect, type Locator, type Page } from '@playwright/test';
import { lessonsEn } from '../../../src/i18n/en/lessons';
import { lessonsKo } from '../../../src/i18n/ko/lessons';

/** Texts a reader must never see: a raw message key, an unfilled placeholder, a fallback particle. */
export const UNFINISHED =
  /\b(?:lesson|lessons|predict|sim|scenario|editor)\.[a-zA-Z]|\{\{|\((?:이|으|을|를|와|과|은|는|가)\)/;

/** The lessons as a learner sees them in one language. */
export class LessonsPage {
  readonly m: Record<keyof typeof lessonsEn, string>;
  constructor(
    readonly page: Page,
    readonly lang: 'en' | 'ko',
  ) {
    this.m = lang === 'ko' ? lessonsKo : lessonsEn;
  }

  /** The first words of a lesson text as shown: names filled in, cut before any particle placeholder. */
  opening(key: string, names: Readonly<Record<string, string>>): string {
    const filled = (this.m[key as keyof typeof this.m] ?? key).replace(
      /\{\{(\w+)\}\}/g,
      (_, n: string) => names[n] ?? '',
    );
    return filled.slice(0, filled.indexOf('{{') >= 0 ? filled.indexOf('{{') : 30).slice(0, 30);
  }

  /** Opens the app at a lesson address, in this language. */
  async open(query: string): Promise<void> {
    if (this.lang === 'ko')
      await this.page.addInitScript(() => localStorage.setItem('pnl.lang', 'ko'));
    await this.page.goto(`./${query}`);
    await expect(this.panel).toBeVisible();
  }
  get panel(): Locator {
    return this.page.getByTestId('lesson-panel');
  }
  get stepText(): Locator {
    return this.panel.locator('[aria-live="polite"]');
  }
  get next(): Locator {
    return this.panel.getByRole('button', {
      name: new RegExp(`^(${this.m['lessons.next']}|${this.m['lessons.toCheck']})$`),
    });
  }
  get play(): Locator {
    return this.panel.getByRole('button', { name: this.m['lessons.play'], exact: true });
  }
  get showMe(): Locator {
    return this.panel.getByRole('button', { name: this.m['lessons.showMe'], exact: true });
  }
  get check(): Locator {
    return this.panel.getByTestId('lesson-check');
  }
  get question(): Locator {
    return this.page.getByTestId('prediction');
  }
  get continueButton(): Locator {
    return this.question.getByRole('button', { name: this.m['predict.continue'], exact: true });
  }
  /** The speed select of the playback bar (by its place, so either language finds it). */
  get speed(): Locator {
    return this.page.locator('.pnl-playback select');
  }
}
