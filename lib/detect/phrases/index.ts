import bg from './bg';
import cs from './cs';
import da from './da';
import de from './de';
import el from './el';
import en from './en';
import es from './es';
import et from './et';
import fi from './fi';
import fr from './fr';
import ga from './ga';
import hr from './hr';
import hu from './hu';
import it from './it';
import ja from './ja';
import ko from './ko';
import lt from './lt';
import lv from './lv';
import mt from './mt';
import nb from './nb';
import nl from './nl';
import pl from './pl';
import pt from './pt';
import ptBR from './pt-BR';
import ro from './ro';
import ru from './ru';
import sk from './sk';
import sl from './sl';
import sv from './sv';
import tr from './tr';
import type { PhraseSet } from './types';
import uk from './uk';
import zhHans from './zh-Hans';
import zhHant from './zh-Hant';

export type { PhraseSet } from './types';

/** Every language's phrases: the 24 official EU languages first, then the others. */
export const ALL_PHRASE_SETS: PhraseSet[] = [
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  it,
  lt,
  lv,
  mt,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
  nb,
  tr,
  ru,
  uk,
  ja,
  ko,
  zhHans,
  zhHant,
  ptBR,
];
