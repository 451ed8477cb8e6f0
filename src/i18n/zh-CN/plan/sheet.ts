// 批量规划: reading the plan a user gives (pasted cells or a CSV file) into rows, and why it could not be read.
// Each refusal says what is wrong and what to do. Numbers come in as parameters, never typed here.
export const sheet = {
  encodings: {
    'utf-8': 'UTF-8',
    gb18030: 'GB18030（GBK，Excel 和 WPS 保存的「CSV（逗号分隔）」常用）',
  },
  problems: {
    emptyFile: '这个文件是空的，没有任何内容。请选择填好的表格文件，或者下载模板、填写后再打开。',
    emptyText: '没有可读的内容。请在 Excel 或 WPS 中选中表格（连同第一行的列名）复制，再粘贴到这里。',
    binary:
      '这个文件不是 CSV 表格：里面有文字以外的内容，可能是图片、压缩包或其他程序的文件。请在 Excel 或 WPS 中打开表格，选择「另存为」→「CSV」后，再打开另存的文件；也可以直接复制表格中的单元格，粘贴到这里。',
    workbook:
      '这是一个 Excel 工作簿（.xlsx 或 .xls），不是 CSV 表格，本工具无法直接读取。请在 Excel 或 WPS 中打开它，选择「另存为」→「CSV」后，再打开另存的文件；也可以直接复制表格中的单元格，粘贴到这里。',
    utf16:
      '这个文件是 Unicode 文本（UTF-16 编码），本工具无法读取。请在 Excel 或 WPS 中选择「另存为」→「CSV UTF-8（逗号分隔）」或「CSV」后，再打开另存的文件。',
    tooLargeFile:
      '这个文件有 {size} MB，超过了本工具能读取的 {max} MB。请删去不需要的行和列，或把计划拆成几个表格分别打开。',
    tooLargeText: '粘贴的内容超过了本工具能读取的 {max} MB。请删去不需要的行和列后再粘贴。',
    unsure: '无法确定这个文件的文字编码。请看下面每种编码读出的第一行，选择中文显示正常的那一种。',
    undecodableUtf8:
      '按 UTF-8 读取这个文件时遇到了无法识别的文字，它应该不是 UTF-8 编码。请改选 GB18030（GBK）再试。',
    undecodableGb18030:
      '按 GB18030（GBK）读取这个文件时遇到了无法识别的文字，它应该不是这种编码。请改选 UTF-8 再试；如果两种都不行，请在 Excel 或 WPS 中选择「另存为」→「CSV UTF-8（逗号分隔）」后再打开。',
    noHeader:
      '第 1 行是空的。表格的第一行应当是列名，例如「{example}」。请删去表格上方的空行，或者下载模板照着填写。',
    noRows: '表格只有第 1 行的列名，没有要规划的内容。请从第 2 行起，每行填写一个要注册的小程序。',
    unterminatedQuote:
      '第 {row} 行有一个单元格以英文双引号（"）开头，但直到表格末尾都没有与它配对的结束引号，之后的内容无法分清行和列。请检查第 {row} 行：删去这个引号，或在该单元格末尾补上引号。',
  },
  templateFileName: '批量规划模板.csv',
} as const
