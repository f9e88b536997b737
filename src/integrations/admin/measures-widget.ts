// The editor's field for a formula's measures (see src/lib/editor-config/measures-text.ts): Sveltia
// CMS has no field for a map of numbers, so this registers one, as its custom-field API allows.
import type CMS from '@sveltia/cms';
import { formatMeasures, MEASURES_WIDGET, parseMeasures, type Measures } from '../../lib/editor-config/measures-text.ts';

type Props = { value: unknown; onChange: (value: unknown) => void; forID: string; classNameWrapper: string };
type Component = { props: Props; state: { text: string; error: string }; setState: (state: object) => void };
type ReactGlobals = { h: (type: string, props: object, ...children: unknown[]) => unknown; createClass: (spec: object) => unknown };

/** Sveltia may hand objects over as Immutable maps. */
const plain = (value: unknown): Measures | undefined =>
  (value && typeof (value as { toJS?: () => unknown }).toJS === 'function'
    ? (value as { toJS: () => Measures }).toJS()
    : (value as Measures | undefined)) ?? undefined;

/** Registers the measures field with the editor, before CMS.init. */
export function registerMeasuresWidget(cms: typeof CMS): void {
  const { h, createClass } = window as unknown as ReactGlobals;
  const control = createClass({
    getInitialState(this: Component) {
      return { text: formatMeasures(plain(this.props.value)), error: '' };
    },
    isValid(this: Component) {
      return this.state.error ? { error: { message: this.state.error } } : true;
    },
    handleChange(this: Component, event: { target: { value: string } }) {
      const text = event.target.value;
      const parsed = parseMeasures(text);
      this.setState({ text, error: parsed.error ?? '' });
      if (!parsed.error) this.props.onChange(parsed.value);
    },
    render(this: Component & { handleChange: () => void }) {
      return h('textarea', {
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value: this.state.text,
        onChange: this.handleChange,
        rows: 5,
        spellCheck: false,
        placeholder: 'likes: 300 -> 1200\nreach: 15000 -> 26000',
      });
    },
  });
  // The preview pane shows the measures as they are written in the field.
  const preview = ({ value }: { value: unknown }) => h('pre', {}, formatMeasures(plain(value)));
  cms.registerFieldType(MEASURES_WIDGET, control as never, preview as never);
}
