/**
 * A news agency's or paper's dateline opening the text names the piece's original outlet, in the
 * house style of each: Chinese "X社/网 + city + date + 电", Korean "(city=agency)", English
 * "CITY, date (Agency) -", Russian "ГОРОД, date. /АГЕНТСТВО/.", a capitals agency after the date,
 * and a credit line "PAPER/AGENCY". A reporter's label ("新华社记者:") does not hide its outlet.
 * Every name here is invented.
 */
import {describe, expect, it} from 'vitest'
import {readPage} from './support/read-page.js'

const outlets = (paragraphs: string[]) => readPage(paragraphs).outlets.map((o) => [o.name, o.role])

describe('agency datelines', () => {
  it.each([
    [
      '江东网',
      [
        '江东港口扩建工程启动',
        '江东网南州5月14日电 今天上午，南州港三期扩建工程正式开工，预计两年内完工，新增泊位十二个，年吞吐能力将提高三成。',
        '港务局负责人表示，工程将分段施工，不影响现有航线的正常运营。'
      ]
    ],
    [
      '한빛뉴스',
      [
        '항구 확장 공사 시작',
        '(남주=한빛뉴스) 남주항 3단계 확장 공사가 오늘 오전 시작됐다. 공사는 2년 안에 끝날 예정이며 선석 12개가 새로 생긴다.',
        '항만청 관계자는 기존 항로 운영에는 영향이 없다고 밝혔다.'
      ]
    ],
    [
      'Harbourwire',
      [
        'Port expansion begins',
        'SOUTHPORT, May 14 (Harbourwire) - Work on the third stage of the Southport harbour expansion began on Tuesday and is due to finish within two years, adding twelve berths.',
        'The port authority said existing routes would not be affected during the works.'
      ]
    ],
    [
      'ЮГПРЕСС',
      [
        'Расширение порта началось',
        'ЮЖНЫЙ, 14 мая. /ЮГПРЕСС/. Работы по третьей очереди расширения порта начались во вторник и должны завершиться в течение двух лет.',
        'В администрации порта заверили, что действующие линии работать не перестанут.'
      ]
    ],
    [
      'ПІВДЕНЬ-Прес',
      [
        'Розширення порту почалося',
        'ПІВДЕННИЙ. 14 травня. ПІВДЕНЬ-Прес. Роботи з третьої черги розширення порту почалися у вівторок і мають завершитися протягом двох років.',
        'В адміністрації порту запевнили, що чинні лінії працюватимуть як звичайно.'
      ]
    ]
  ])('%s from its dateline is the original', (name, page) => {
    expect(outlets(page)).toContainEqual([name, 'original'])
  })

  it('reads an agency credit line, and a reporter label hides no outlet', () => {
    expect(
      outlets([
        'Satama laajenee',
        'SATAMALEHTI/UTS',
        'Sataman kolmannen vaiheen laajennus alkoi tiistaina, ja sen on määrä valmistua kahdessa vuodessa.'
      ])
    ).toContainEqual(['UTS', 'original'])
    const press = outlets([
      '外长就港口合作回答记者提问',
      '江东网南州3月8日电 3月8日，外长在新闻中心举行记者会，就港口合作回答中外记者提问。',
      '江东网记者：港口合作有什么新进展？',
      '外长：今年将有三个新项目开工，合作范围进一步扩大。',
      '南方社记者：合作会扩大到内陆吗？',
      '外长：会的，内陆的物流中心也在规划之中。',
      '北方报记者：资金从哪里来？',
      '外长：由各方共同出资，按比例分担。'
    ])
    expect(press).toContainEqual(['江东网', 'original'])
  })
})
