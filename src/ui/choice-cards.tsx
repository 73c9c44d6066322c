import type { ReactNode } from 'react';

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  /** Rendered under the card when it is checked (a conditional reveal). */
  readonly reveal?: ReactNode;
}

export interface ChoiceGroup {
  /** A plain divider ("or") before the group: an exclusive choice after the others. */
  readonly divider?: string;
  readonly choices: readonly Choice[];
}

interface ChoiceCardsProps {
  readonly name: string;
  readonly type: 'radio' | 'checkbox';
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly groups: readonly ChoiceGroup[];
  readonly selected: readonly string[];
  readonly onToggle: (value: string, isChecked: boolean) => void;
  readonly error?: string | undefined;
  readonly errorPrefix: string;
  readonly headingRef: React.RefObject<HTMLHeadingElement | null>;
  /** Words above the heading, such as "Question 2 of 5". */
  readonly caption?: ReactNode;
  /** More of the question, after the choices: parts with a fieldset of their own (the health checks' groups). */
  readonly children?: ReactNode;
}

/** Enter on a radio or checkbox submits its form, as it does in a text field: "Enter continues". */
function submitOnEnter(event: React.KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}

/** The id of a choice's input, for labels and error-summary links. */
export function choiceId(name: string, value: string): string {
  return `${name}-${value}`;
}

/**
 * One question as a fieldset: the legend is the page's heading, and each option a large card with a native radio
 * or checkbox inside (the whole card is its label). Errors follow the GOV.UK pattern: an inline message tied to
 * the fieldset.
 */
export function ChoiceCards(props: ChoiceCardsProps) {
  const { name, type, legend, hint, groups, selected, onToggle, error, errorPrefix, headingRef, caption, children } =
    props;
  const hintId = hint === undefined ? undefined : `${name}-hint`;
  const errorId = error === undefined ? undefined : `${name}-error`;
  const describedBy = [hintId, errorId].filter((id) => id !== undefined).join(' ') || undefined;
  return (
    <div className={error === undefined ? 'field' : 'field field--error'}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend">
          {caption}
          <h1 className="fieldset__heading" ref={headingRef} tabIndex={-1}>
            {legend}
          </h1>
        </legend>
        {hint === undefined ? null : (
          <p className="hint" id={hintId}>
            {hint}
          </p>
        )}
        {error === undefined ? null : (
          <p className="error-message" id={errorId}>
            <span className="visually-hidden">{errorPrefix}</span> {error}
          </p>
        )}
        {groups.map((group, groupIndex) => (
          <div className="choices" key={group.divider ?? `group-${String(groupIndex)}`}>
            {group.divider === undefined ? null : <p className="choices__divider">{group.divider}</p>}
            {group.choices.map((choice) => (
              <ChoiceCard
                key={choice.value}
                name={name}
                type={type}
                choice={choice}
                isChecked={selected.includes(choice.value)}
                onToggle={onToggle}
              />
            ))}
          </div>
        ))}
        {children}
      </fieldset>
    </div>
  );
}

interface ChoiceCardProps {
  readonly name: string;
  readonly type: 'radio' | 'checkbox';
  readonly choice: Choice;
  readonly isChecked: boolean;
  readonly onToggle: (value: string, isChecked: boolean) => void;
}

/** One option: a large card with a native radio or checkbox inside (the whole card is its label). */
export function ChoiceCard({ name, type, choice, isChecked, onToggle }: ChoiceCardProps) {
  const id = choiceId(name, choice.value);
  const choiceHintId = choice.hint === undefined ? undefined : `${id}-hint`;
  return (
    <div className="choice">
      <input
        className="choice__input"
        type={type}
        id={id}
        name={name}
        value={choice.value}
        checked={isChecked}
        aria-describedby={choiceHintId}
        onChange={(event) => {
          onToggle(choice.value, event.currentTarget.checked);
        }}
        onKeyDown={submitOnEnter}
      />
      <label className="choice__label" htmlFor={id}>
        {choice.label}
        {choice.hint === undefined ? null : (
          <span className="choice__hint" id={choiceHintId}>
            {choice.hint}
          </span>
        )}
      </label>
      {isChecked && choice.reveal !== undefined ? <div className="choice__reveal">{choice.reveal}</div> : null}
    </div>
  );
}
