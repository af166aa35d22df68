/**
 * The one sentence a reader sees when their language's messages could not be loaded (blocked,
 * changed or too slow): it has to be in the entry, since the catalog that failed cannot carry it.
 * Every language but English, the language the widget falls back to. Preview languages (km,
 * kea) are marked for native review in xliff/README.md with the rest of their texts.
 */
import type { Locale } from './language.js';

export const FALLBACK_NOTICE: Record<Exclude<Locale, 'en'>, string> = {
  es: 'No se pudo mostrar este contenido en español; por eso aparece en inglés.',
  'pt-BR': 'Não foi possível mostrar este conteúdo em português; por isso ele aparece em inglês.',
  ht: 'Nou pa t kapab montre sa a an kreyòl, se pou sa li an anglè.',
  'zh-Hans': '无法用中文显示这些内容，因此以英文显示。',
  'zh-Hant': '無法用中文顯示這些內容，因此以英文顯示。',
  vi: 'Không thể hiển thị nội dung này bằng tiếng Việt, vì vậy nội dung được hiển thị bằng tiếng Anh.',
  ar: 'تعذّر عرض هذا المحتوى باللغة العربية، لذلك يظهر باللغة الإنجليزية.',
  ru: 'Не удалось показать этот текст на русском языке, поэтому он показан на английском.',
  km: 'មិនអាចបង្ហាញខ្លឹមសារនេះជាភាសាខ្មែរបានទេ ដូច្នេះវាត្រូវបានបង្ហាញជាភាសាអង់គ្លេស។',
  kea: 'Nu ka konsigi mostra es testu na kriolu, pur isu e sta na inglês.',
};
