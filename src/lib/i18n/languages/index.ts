/**
 * Every language Commfolio has interface text for. To add one, copy en.ts to <code>.ts,
 * translate the messages, and add it to this list (a test checks that no key is missing).
 */
import type { LanguageFile } from '../language-file.ts';
import type { UiKey } from './en.ts';
import en from './en.ts';
import hi from './hi.ts';
import gu from './gu.ts';
import bn from './bn.ts';
import tl from './tl.ts';
import et from './et.ts';
import ar from './ar.ts';

export const LANGUAGE_FILES: readonly LanguageFile<UiKey>[] = [en, hi, gu, bn, tl, et, ar];
