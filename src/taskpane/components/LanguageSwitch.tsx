/** Switch between Vietnamese and English; each option is written in its own language. */
import { Field, Select } from '@fluentui/react-components';
import type { Lang } from '../../engine/text/lang';
import { useLang } from '../i18n/context';
import { stringsFor } from '../i18n/lang';

export function LanguageSwitch({ onChange }: { onChange: (lang: Lang) => void }) {
  const { lang, t } = useLang();
  return (
    <Field label={`${t.languageLabel}${lang === 'vi' ? ' / Language' : ' / Ngôn ngữ'}`} size="small">
      <Select value={lang} onChange={(_, data) => onChange(data.value === 'en' ? 'en' : 'vi')} data-testid="lang-switch">
        <option value="vi">{stringsFor('vi').langName}</option>
        <option value="en">{stringsFor('en').langName}</option>
      </Select>
    </Field>
  );
}
