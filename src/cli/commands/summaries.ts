/**
 * The sub-commands by name, each with its one line for `par-check --help` (Vietnamese / English).
 * Plain data, so main.ts can list the commands and pick one without loading any of them: a
 * command's module (and the engine, readers and writers it needs) is loaded only when it runs.
 * Each command module takes its own line from here.
 */
export const COMMAND_SUMMARIES = {
  check: 'Kiểm tra, chấm điểm biểu tự đánh giá / Check and score self-assessment scoresheets',
  sets: 'Liệt kê các bộ tiêu chí có sẵn / List the bundled criteria sets',
  template: 'Tạo biểu tự đánh giá trống theo bộ tiêu chí / Write a blank scoresheet for a criteria set',
  clear: "Gỡ dấu kiểm tra, ghi ra tệp mới / Remove the checker's marks into a new file",
  'import-set': 'Tạo bộ tiêu chí từ biểu mẫu chấm điểm của tỉnh / Build a criteria set from a province template',
  'validate-set': 'Kiểm tra tệp bộ tiêu chí .json / Validate a criteria set .json file',
  compare: 'So sánh với năm trước / Compare with last year',
  seal: "Chốt số liệu của biểu, in mã chốt / Seal a scoresheet's figures, print the seal code",
  verify: 'Kiểm tra biểu đã chốt có bị sửa không / Verify a sealed scoresheet is unchanged',
} as const;

export type CommandName = keyof typeof COMMAND_SUMMARIES;
