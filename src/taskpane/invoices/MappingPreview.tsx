import {
  Dropdown,
  Option,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import {
  INVOICE_FIELDS,
  type ColumnMapping,
  type InvoiceField,
} from "../../domain/invoices/columns";
import type { InvoiceCell } from "../../domain/invoices/csvRows";
import { fieldOptions, importStrings as t } from "./strings.sv";
import { WideTable } from "./WideTable";

const useStyles = makeStyles({
  dropdown: { minWidth: "150px" },
});

export interface MappingPreviewProps {
  header: readonly string[];
  preview: readonly InvoiceCell[][];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

const fieldOf = (mapping: ColumnMapping, column: number): InvoiceField | null =>
  INVOICE_FIELDS.find((field) => mapping[field] === column) ?? null;

/** The first lines under their headers, with a choice per column of what it holds. */
export function MappingPreview({ header, preview, mapping, onChange }: MappingPreviewProps) {
  const styles = useStyles();
  const choose = (column: number, field: InvoiceField | null) => {
    const next = { ...mapping };
    for (const other of INVOICE_FIELDS) if (next[other] === column) next[other] = null;
    if (field !== null) next[field] = column;
    onChange(next);
  };
  return (
    <WideTable label={t.mappingTitle}>
      <TableHeader>
        <TableRow>
          {header.map((name, column) => {
            const field = fieldOf(mapping, column);
            return (
              <TableHeaderCell key={column}>
                <Dropdown
                  className={styles.dropdown}
                  aria-label={`${name}: ${t.mappingTitle}`}
                  value={field === null ? t.notUsed : fieldOptions[field]}
                  selectedOptions={[field ?? ""]}
                  onOptionSelect={(_, data) =>
                    choose(column, data.optionValue ? (data.optionValue as InvoiceField) : null)
                  }
                >
                  <Option value="">{t.notUsed}</Option>
                  {INVOICE_FIELDS.map((option) => (
                    <Option key={option} value={option}>
                      {fieldOptions[option]}
                    </Option>
                  ))}
                </Dropdown>
              </TableHeaderCell>
            );
          })}
        </TableRow>
        <TableRow>
          {header.map((name, column) => (
            <TableHeaderCell key={column}>{name}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {preview.map((row, index) => (
          <TableRow key={index}>
            {header.map((_, column) => (
              <TableCell key={column}>{String(row[column] ?? "")}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </WideTable>
  );
}
