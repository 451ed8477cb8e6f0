// @vitest-environment node
import { expect, it } from 'vitest'
import { addMessages } from '../../../i18n'
import { plan } from '../../../i18n/zh-CN/plan'
import { templateCsv, templateFileName } from './template'

addMessages('plan', plan)

it('offers a template: the header row in the plan’s column order, UTF-8 with a BOM and CRLF', () => {
  expect(templateCsv()).toBe(
    '\uFEFF主体名称,统一社会信用代码,主体类型,注册方式,公众号,管理员姓名,管理员身份证,管理员手机,邮箱,小程序名称,希望完成月份\r\n',
  )
  expect(templateFileName()).toBe('批量规划模板.csv')
})
