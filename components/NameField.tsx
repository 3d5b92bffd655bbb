import type { FieldProblem } from '@/utils/view/settings-form';
import { FieldMessage, fieldState } from './FormMessage';
import { useStrings } from './strings';

interface Props {
  /** The input's id; its message is `${id}-error` (its `aria-describedby`). */
  id: string;
  label: string;
  placeholder: string;
  value: string;
  /** The name's problem (utils/view/settings-form.ts checkUnitName / checkCityName), when it is to be shown. */
  problem: FieldProblem | undefined;
  onInput: (value: string) => void;
  onBlur?: () => void;
}

/**
 * The unit's or the city's name, as Options and the popup's first-run form ask for it: a name without its type
 * ("Bình Giang") is marked, says why under the box and offers the corrected names as buttons.
 */
export function NameField({ id, label, placeholder, value, problem, onInput, onBlur }: Props) {
  const s = useStrings();
  const text = problem && s.settingsFieldProblem(problem, '');
  const suggestions = problem && 'suggestions' in problem ? problem.suggestions : [];
  return (
    <div>
      <label>
        {label}
        <input {...fieldState(id, text)} value={value} placeholder={placeholder} onInput={(e) => onInput(e.currentTarget.value)} onBlur={onBlur} />
      </label>
      <FieldMessage id={`${id}-error`} text={text} />
      {suggestions.length > 0 && (
        <div class="row">
          {suggestions.map((name) => (
            <button key={name} type="button" class="secondary" onClick={() => onInput(name)}>
              {s.useSuggestion(name)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
