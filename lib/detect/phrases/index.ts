import ar from './ar';
import az from './az';
import be from './be';
import bg from './bg';
import bn from './bn';
import bs from './bs';
import ca from './ca';
import cs from './cs';
import cy from './cy';
import da from './da';
import de from './de';
import el from './el';
import en from './en';
import es from './es';
import et from './et';
import eu from './eu';
import fa from './fa';
import fi from './fi';
import fil from './fil';
import fr from './fr';
import ga from './ga';
import gl from './gl';
import gu from './gu';
import he from './he';
import hi from './hi';
import hr from './hr';
import hu from './hu';
import hy from './hy';
import id from './id';
import icelandic from './is';
import it from './it';
import ja from './ja';
import ka from './ka';
import kk from './kk';
import km from './km';
import ko from './ko';
import lb from './lb';
import lt from './lt';
import lv from './lv';
import mk from './mk';
import mr from './mr';
import ms from './ms';
import mt from './mt';
import nb from './nb';
import nl from './nl';
import oc from './oc';
import pa from './pa';
import pl from './pl';
import pt from './pt';
import ptBR from './pt-BR';
import rm from './rm';
import ro from './ro';
import ru from './ru';
import sk from './sk';
import sl from './sl';
import sq from './sq';
import sr from './sr';
import srCyrl from './sr-Cyrl';
import sv from './sv';
import sw from './sw';
import ta from './ta';
import te from './te';
import th from './th';
import tr from './tr';
import type { PhraseSet } from './types';
import uk from './uk';
import und from './und';
import ur from './ur';
import vi from './vi';
import zhHans from './zh-Hans';
import zhHant from './zh-Hant';
import zhHK from './zh-HK';

export type { PhraseSet } from './types';

/**
 * Every language's phrases: the 24 official EU languages first, then the others, and last the fallback
 * ('und') that knows only the word "cookie" as languages without a table write it.
 */
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
  ar,
  he,
  fa,
  ur,
  hi,
  mr,
  bn,
  ta,
  te,
  pa,
  gu,
  th,
  vi,
  id,
  ms,
  fil,
  sw,
  ca,
  eu,
  gl,
  cy,
  sr,
  srCyrl,
  bs,
  mk,
  sq,
  icelandic,
  ka,
  hy,
  az,
  kk,
  zhHK,
  lb,
  oc,
  rm,
  be,
  km,
  und,
];
