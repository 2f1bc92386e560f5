/** What the bot says, in Chinese first; English where the user wrote English. */

export const EXAMPLES = ['2020年哪些乡镇有行政诉讼？', '湖塘乡收到多少申请？', '2022年收到申请最多的是哪个单位？', '郑宅镇最新的报告'];

export const COMMANDS_ZH: Array<{ command: string; description: string }> = [
  { command: 'start', description: '介绍与示例问题' },
  { command: 'help', description: '使用说明' },
  { command: 'ask', description: '提问，例如 /ask 2020年哪些乡镇有行政诉讼' },
  { command: 'latest', description: '某单位最新的年度报告，例如 /latest 湖塘乡' },
  { command: 'search', description: '全文搜索报告，例如 /search 依申请公开' },
  { command: 'townships', description: '单位列表，可按地区，例如 /townships 丰城市' },
  { command: 'subscribe', description: '订阅每周摘要，可限定单位或地区' },
  { command: 'unsubscribe', description: '取消每周摘要' },
  { command: 'stats', description: '数据库概况' },
];

export const T = {
  zh: {
    intro:
      '我读取各地《政府信息公开工作年度报告》，回答关于申请、公开、复议和诉讼数字的问题，每个数字都注明出处（文件、表格和行号）。\n\n直接发问题即可，或点下面的示例：',
    help: [
      '<b>用法</b>',
      '直接发送问题（群里请 @我 或回复我的消息），例如：2020年哪些乡镇有行政诉讼？',
      '/latest 单位名 — 最新报告的要点和原文',
      '/search 关键词 — 全文搜索',
      '/townships [地区] — 单位列表',
      '/subscribe [单位或地区] — 每周一收到摘要；/unsubscribe 取消',
      '/stats — 数据库概况',
    ].join('\n'),
    sorry: '抱歉，处理这条消息时出错了，请稍后再试。',
    needName: '请在命令后写单位名称，例如：/latest 湖塘乡',
    needText: '请在命令后写要搜索的文字，例如：/search 依申请公开',
    needQuestion: '请在 /ask 后写问题，例如：/ask 2020年哪些乡镇有行政诉讼？',
    welcome: '不客气。还想知道什么，直接发问题即可。',
    choose: (n: string) => `“${n}”对应多个单位，请选择：`,
    unknown: (n: string) => `没有找到“${n}”。`,
    nearest: '您是不是要找：',
    noUnits: '数据库里还没有报告。',
    nothingFound: (t: string) => `没有找到包含“${t}”的段落。`,
    expired: '这个列表已过期，请重新查询。',
    slow: '请求太频繁，请稍后再试。',
  },
  en: {
    intro: 'I read Chinese government information-disclosure annual reports and answer questions about their numbers, each with its source (file, table, line).\n\nSend a question, or press an example:',
    help: 'Send a question in Chinese or English. Commands: /latest NAME, /search TEXT, /townships [REGION], /subscribe [NAME or REGION], /unsubscribe, /stats.',
    sorry: 'Sorry, something went wrong with this message. Please try again later.',
    needName: 'Please give a unit name, e.g. /latest 湖塘乡',
    needText: 'Please give the text to search, e.g. /search 依申请公开',
    needQuestion: 'Please write a question after /ask.',
    welcome: "You're welcome. Send another question any time.",
    choose: (n: string) => `“${n}” fits several units; choose one:`,
    unknown: (n: string) => `Nothing found for “${n}”.`,
    nearest: 'Did you mean:',
    noUnits: 'The database holds no reports yet.',
    nothingFound: (t: string) => `No passage contains “${t}”.`,
    expired: 'This list has expired; please ask again.',
    slow: 'Too many requests; please wait a moment.',
  },
} as const;
