import { useStrings } from './strings';

/** A labelled on/off switch (a checkbox with the switch role). */
export function Switch({
  id,
  label,
  hint,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <div class="switch">
      <input
        type="checkbox"
        role="switch"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

/**
 * "Off" switches, as readers name them: on this site (absent when the page has
 * no site) and everywhere. The site switch rests while Crosscount is off everywhere.
 */
export function Switches({
  site,
  siteOff,
  globalOff,
  onSiteOff,
  onGlobalOff,
}: {
  site: string | null;
  siteOff: boolean;
  globalOff: boolean;
  onSiteOff: (off: boolean) => void;
  onGlobalOff: (off: boolean) => void;
}) {
  const { t } = useStrings();
  return (
    <div class="switches">
      {site !== null && (
        <Switch
          id="switch-site"
          label={t.switchSite}
          hint={site}
          checked={siteOff}
          disabled={globalOff}
          onChange={onSiteOff}
        />
      )}
      <Switch
        id="switch-global"
        label={t.switchGlobal}
        checked={globalOff}
        onChange={onGlobalOff}
      />
    </div>
  );
}
