import { useState } from "react";
import { Field, Select } from "@fluentui/react-components";
import { PREVIEW_THEMES, type PreviewTheme, type SimulatedOffice } from "../simulatedOffice";

/** Office's theme in the simulated Office (File → Account → Office Theme in Excel). */
export function ThemePicker({ office }: { office: SimulatedOffice }) {
  const [theme, setTheme] = useState(office.theme);
  return (
    <Field label="Officetema (simulerat)" orientation="horizontal">
      <Select
        value={theme}
        onChange={(_, data) => {
          const chosen = data.value as PreviewTheme;
          office.setTheme(chosen);
          setTheme(chosen);
        }}
      >
        {(Object.keys(PREVIEW_THEMES) as PreviewTheme[]).map((key) => (
          <option key={key} value={key}>
            {PREVIEW_THEMES[key].label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
