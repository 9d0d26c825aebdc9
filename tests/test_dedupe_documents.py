"""dedupe_documents: copies, previews, unrelated and failed documents; written with the schema."""
from __future__ import annotations

import logging

import pandas as pd
import pyarrow.parquet as pq

from pipeline.dedupe import DOC_FIELDS, DedupeConfig, dedupe_documents, dedupe_rows

logging.getLogger("jieba").setLevel(logging.WARNING)

FULL = [
    "负责展厅的日常管理工作，保持展厅整洁有序",
    "制定月度销售计划并分解到每位销售顾问",
    "组织销售人员参加厂家的产品知识培训",
    "跟踪潜在客户，定期回访并更新客户档案",
    "审核销售合同与价格折扣，控制销售费用",
    "协调销售部与售后部、财务部之间的工作",
    "收集竞争对手的促销与价格信息并及时上报",
    "组织新车上市的展厅活动与试乘试驾",
    "负责二手车置换业务的评估与报价",
    "完成上级领导交办的其他工作",
]
TRAD = [
    "負責展廳的日常管理工作，保持展廳整潔有序",
    "制定月度銷售計劃並分解到每位銷售顧問",
    "組織銷售人員參加廠家的產品知識培訓",
    "跟蹤潛在客戶，定期回訪並更新客戶檔案",
    "審核銷售合同與價格折扣，控制銷售費用",
    "協調銷售部與售後部、財務部之間的工作",
    "收集競爭對手的促銷與價格信息並及時上報",
    "組織新車上市的展廳活動與試乘試駕",
    "負責二手車置換業務的評估與報價",
    "完成上級領導交辦的其他工作",
]
OTHER = [
    "审核每日现金收支凭证，登记现金日记账",
    "按月编制财务报表并报送总经理",
    "办理银行结算业务，保管支票与印鉴",
    "完成上级领导交办的其他工作",
]


def _docs_and_rows():
    import jieba

    docs = {
        "A": ("https://site-one.example/zhize/1.html", FULL),
        "B": ("https://preview.example/p?id=9", FULL[:3] + ["跟踪潜在客户，定期回访并"]),
        "C": ("https://tw.example/a.html", TRAD),
        "D": ("/data/finance.txt", OTHER),
    }
    rows = []
    for doc, (source, items) in docs.items():
        for i, duty in enumerate(items):
            rows.append({"row_id": f"{doc}-{i}", "doc_id": doc, "source": source,
                         "role": "销售经理" if doc != "D" else "出纳", "duty": duty,
                         "duty_raw": duty, "tokens": jieba.lcut(duty), "flags": [],
                         "seq": i + 1, "section": "duty"})
    documents = pd.DataFrame([
        {"doc_id": d, "source": s, "encoding": "utf-8", "status": "ok", "error": None,
         "n_rows": len(items)} for d, (s, items) in docs.items()
    ] + [
        {"doc_id": "E", "source": "/data/broken.bin", "encoding": None, "status": "failed",
         "error": "undecodable: no codec fits", "n_rows": 0},
        {"doc_id": "F", "source": "/data/empty.txt", "encoding": "utf-8", "status": "no_rows",
         "error": None, "n_rows": 0},
    ])
    return documents, dedupe_rows(pd.DataFrame(rows))


def test_copies_previews_and_unrelated() -> None:
    documents, duties = _docs_and_rows()
    out = dedupe_documents(documents, duties).set_index("doc_id")
    # the preview is wholly inside the full article (first document wins a tie)
    assert out.at["B", "containment"] == 1.0
    assert out.at["B", "contained_in"] == "A"
    # the Traditional re-publication and the original contain each other
    assert out.at["C", "containment"] == 1.0 and out.at["C", "contained_in"] == "A"
    assert out.at["A", "containment"] == 1.0 and out.at["A", "contained_in"] == "C"
    assert out.at["A", "doc_cluster"] == out.at["B", "doc_cluster"] == out.at["C", "doc_cluster"]
    # D shares one generic row with the others: 1 of 4, not a copy
    assert out.at["D", "containment"] == 0.25
    assert pd.isna(out.at["D", "contained_in"])
    assert out.at["D", "doc_cluster"] != out.at["A", "doc_cluster"]
    # documents without rows are kept, with nulls
    for doc in ("E", "F"):
        assert pd.isna(out.at[doc, "doc_cluster"]) and pd.isna(out.at[doc, "containment"])
    assert out.at["E", "error"] == "undecodable: no codec fits"
    assert len(out) == len(documents)


def test_thresholds_come_from_config() -> None:
    documents, duties = _docs_and_rows()
    strict = dedupe_documents(documents, duties,
                              DedupeConfig(doc_containment=1.0, doc_jaccard=1.0))
    strict = strict.set_index("doc_id")
    assert strict.at["B", "contained_in"] == "A"                  # 4/4 still qualifies
    loose = dedupe_documents(documents, duties, DedupeConfig(doc_containment=0.2)).set_index("doc_id")
    assert loose.at["D", "contained_in"] == "A"
    assert loose.at["D", "doc_cluster"] == loose.at["A", "doc_cluster"]


def test_no_duties_and_rows_of_unknown_documents() -> None:
    documents, duties = _docs_and_rows()
    out = dedupe_documents(documents, duties.iloc[0:0])
    assert out["doc_cluster"].isna().all() and len(out) == len(documents)
    stray = duties.copy()
    stray.loc[0, "doc_id"] = "not-in-documents"
    out = dedupe_documents(documents, stray)
    assert len(out) == len(documents)


def test_written_with_the_dataset_schema(tmp_path) -> None:
    from pipeline.dataset import write_dataset

    documents, duties = _docs_and_rows()
    docs = dedupe_documents(documents, duties)
    write_dataset(duties, docs, tmp_path)
    table = pq.read_table(tmp_path / "documents.parquet")
    for f in DOC_FIELDS:
        assert table.schema.field(f.name).type == f.type
    back = table.to_pandas().set_index("doc_id")
    assert back.at["B", "contained_in"] == "A"
    assert pd.isna(back.at["E", "doc_cluster"])
    rows = pq.read_table(tmp_path / "duties.parquet").to_pandas()
    assert rows["dup_cluster"].tolist() == duties["dup_cluster"].tolist()
    assert rows["is_canonical"].tolist() == duties["is_canonical"].tolist()
