/** A 1–3 score as three labelled radio buttons, so each value says what it means. */
export function ScoreScale({
  legend,
  name,
  labels,
  value,
  onChange,
}: {
  legend: string
  name: string
  labels: Record<number, string>
  value: number
  onChange: (value: number) => void
}) {
  return (
    <fieldset className="score-scale">
      <legend className="field-label">{legend}</legend>
      {[1, 2, 3].map((score) => (
        <label key={score} className="score-option">
          <input
            type="radio"
            name={name}
            value={score}
            checked={value === score}
            onChange={() => onChange(score)}
          />
          <span>
            <strong className="tabular">{score}</strong> {labels[score]}
          </span>
        </label>
      ))}
    </fieldset>
  )
}
