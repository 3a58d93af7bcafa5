export { formatNumber, formatValue, FORMAT_LABELS } from './display';
export { parseCellInput, dateToSerial, serialToDate, type ParsedInput } from './parse-input';
