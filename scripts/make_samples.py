"""Write the bundled sample documents in data/raw/samples/ (text written for the project).

They model what the pipeline meets on real sites: several encodings (UTF-8, GBK, Big5),
Traditional and Simplified, HTML and plain text, numbered lists in several styles, inline
pinyin, a flattened list, and a forum page with cruft between roles.  Run it again after
editing a text: `python scripts/make_samples.py`.
"""
from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "raw" / "samples"

SALES_UTF8 = """\
汽车销售顾问岗位职责（精选）

发布时间：2024-03-02 09:15:20  来源：范文中心

销售顾问岗位职责

1、负责展厅来店客户的接待，热情介绍车型配置和价格；

2、了解客户需求，为客户推荐合适的车型并安排试乘试驾；

3、跟进意向客户，按时完成回访记录，
并及时更新客户档案；

4、负责销售合同的签订、车款的收取与交车手续的办理；

5、完成上级领导交办的其他工作。

任职资格：

1. 大专及以上学历，市场营销相关专业优先；

2. 2年以上汽车销售经验，持有C1驾照；

3. 沟通能力强，有团队合作精神。

销售经理岗位职责

1）制定月度、季度销售计划并分解到每位销售顾问；
2）组织晨会和夕会，总结当日接待情况；
3）监督接待流程和交车流程，确保客户满意度（CSI）达标；
4）负责销售人员的招聘、培训和考核。
"""

SERVICE_GBK = """\
售后服务部各岗位职责

一、服务顾问

（1）负责接待进厂维修保养的客户，登记车辆信息；（2）与客户确认维修项目和预估费用；（3）跟踪维修进度，及时向客户反馈；（4）车辆交付后进行三日回访。

二、索赔员

1.负责厂家保修索赔申请的填写和上报
2.管理索赔旧件，按厂家要求返还
3.定期统计索赔数据，分析质量问题

三、钣金技师

①负责事故车辆的钣金修复工作；
②按照6S管理要求整理工位；
③配合喷漆技师完成车辆修复，确保1小时内完成质检交接。
"""

PARTS_BIG5 = """\
崗位名稱：配件經理

工作職責：
一、負責配件部的日常管理工作，制定配件採購計劃；
二、控制配件庫存，保證庫存週轉率達到廠家標準；
三、負責配件的入庫、出庫和盤點，做到帳物相符；
四、處理配件相關的客戶投訴。

崗位名稱：配件倉管員

工作職責：
◆ 負責配件的驗收入庫，核對數量和型號
◆ 按照先進先出原則發放配件
◆ 每月配合財務完成庫存盤點

任職要求：
◆ 高中及以上學歷
◆ 一年以上倉庫管理經驗
"""

PINYIN_TRAD = """\
4S店前臺接待崗位職責(zé)

前臺接待

1、負責(zé)展廳來電的接聽與轉(zhuǎn)接，記錄客戶信息(CRM)；

2、熱情接待來店客戶，引導客戶到洽談區(qū)；

3、負責(zé)展廳環(huán)境的整潔，保持資料架整齊(Sales)；

4、統(tǒng)計每日來店客流量，按時上報銷售經(jīng)理。

客服專員崗位職責(zé)

1、受理客戶的咨詢與抱怨，二十四小時內(nèi)給予答復(fù)；

2、組織客戶滿意度調(diào)查，分析結(jié)果并提出改進(jìn)建議；

3、維護(hù)客戶關(guān)係，策劃老客戶關(guān)懷活動。
"""

HOTEL_HTML = """\
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>酒店前厅部岗位职责_职场范文网</title>
<style>body{font-family:sans-serif}.nav a{margin:0 4px}</style>
<script>var _hmt = _hmt || []; console.log("stats");</script>
</head>
<body>
<nav class="nav"><a href="/">首页</a><a href="/gangwei/">岗位职责</a><a href="/login">登录</a></nav>
<div class="article">
  <h1>酒店前厅部岗位职责</h1>
  <p class="meta">发布时间：2023-11-08 作者：小编</p>
  <h2>前台接待员岗位职责</h2>
  <ol>
    <li>负责为客人办理入住登记和退房结账手续。</li>
    <li>掌握当日房态，合理安排客人房间。</li>
    <li>解答客人问询，处理客人的一般投诉。</li>
  </ol>
  <h2>礼宾员岗位职责</h2>
  <p>◆负责客人行李的搬运和寄存<br>◆为客人叫车、指路<br>◆维护大堂秩序，保持大门口整洁</p>
  <h2>前厅经理岗位职责</h2>
  <p>职位概要：全面负责前厅部的运营管理，保证对客服务的质量。</p>
  <p>工作职责：</p>
  <ul>
    <li>制定前厅部的工作计划和服务标准；</li>
    <li>负责本部门员工的排班、培训与考核；</li>
    <li>协调前厅与客房、餐饮等部门的工作。</li>
  </ul>
</div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a/1.html">客房部岗位职责</a></li><li><a href="/a/2.html">餐饮部岗位职责</a></li></ul></div>
<footer>Copyright 2023 职场范文网 All rights reserved.</footer>
</body>
</html>
"""

FORUM_GBK_HTML = """\
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>求助：4S店各岗位职责 - 汽车论坛</title>
</head>
<body>
<div class="post">
<p>求助：谁有4S店各岗位职责，发一份，谢谢！</p>
<p>2019-5-12 10:22 回复</p>
<p>车友小王</p>
<p>3楼</p>
<p>展厅经理岗位职责</p>
<p>1、负责展厅的日常管理，监督销售顾问的工作纪律</p>
<p>2、负责展厅车辆的摆放和展厅卫生</p>
<p>3、每周召开销售例会，分析销售数据</p>
<p>车市名片 0位粉丝</p>
<p>2019-5-12 11:05 回复</p>
<p>4楼</p>
<p>市场专员岗位职责</p>
<p>1、收集竞争对手的价格和促销信息</p>
<p>2、策划并执行车展、试驾会等市场活动</p>
<p>3、负责网络平台的信息发布和线索跟进</p>
</div>
<div class="sig">本帖最后由 admin 于 2019-5-12 12:00 编辑</div>
</body>
</html>
"""

FLAT_BIG5_HTML = """\
<html>
<head><meta charset="big5"><title>行政人員崗位職責</title></head>
<body>
<div id="content">
<p>行政助理崗位職責</p>
<p>1、負責公司文件的收發、登記和歸檔 2、負責會議的籌備與記錄 3、辦公用品的採購與發放 4、接待來訪客人 5、完成領導交辦的其他事項</p>
<p>人事專員崗位職責</p>
<p>（一）負責員工的入職、離職手續辦理；（二）管理員工檔案和勞動合同；（三）每月統計考勤並核算工資。</p>
</div>
</body>
</html>
"""

# A Traditional re-publication of 01's lists on another site, one clause reworded and the
# manager's list cut off as in a preview: what the dedupe report is for.
SALES_COPY_BIG5_HTML = """\
<html>
<head><meta charset="big5"><title>銷售顧問崗位職責 - 職場資料庫</title></head>
<body>
<div class="content">
<h2>銷售顧問崗位職責</h2>
<p>1、負責展廳來店客戶的接待，熱情介紹車型配置和價格；</p>
<p>2、了解客戶需求，為客戶推薦合適的車型並安排試乘試駕；</p>
<p>3、跟進意向客戶，按時完成回訪記錄，並及時更新客戶檔案；</p>
<p>4、負責銷售合同的簽訂、車款的收取與交車手續的辦理；</p>
<p>5、完成上級交辦的其他工作。</p>
<h2>銷售經理崗位職責</h2>
<p>1）制定月度、季度銷售計劃並分解到每位銷售顧問；</p>
<p>2）組織晨會和夕會，總結當日接待情況；</p>
<p>3）監督接待流程和交車流程……</p>
</div>
</body>
</html>
"""

SAMPLES = [
    ("01_sales_utf8.txt", SALES_UTF8, "utf-8"),
    ("02_service_gbk.txt", SERVICE_GBK, "gbk"),
    ("03_parts_big5.txt", PARTS_BIG5, "big5"),
    ("04_reception_pinyin_trad.txt", PINYIN_TRAD, "utf-8"),
    ("05_hotel_utf8.html", HOTEL_HTML, "utf-8"),
    ("06_forum_gbk.html", FORUM_GBK_HTML, "gbk"),
    ("07_admin_flat_big5.html", FLAT_BIG5_HTML, "big5"),
    ("08_sales_copy_big5.html", SALES_COPY_BIG5_HTML, "big5"),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text, codec in SAMPLES:
        (OUT / name).write_bytes(text.encode(codec))
        print(f"{name}: {codec}, {len(text.encode(codec))} bytes")


if __name__ == "__main__":
    main()
