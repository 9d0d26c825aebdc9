"""A small deduped dataset written with the real writer, shared by the report tests."""
from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

from pipeline.dataset import write_atomic, write_dataset
from pipeline.dedupe import CLUSTER_FIELDS, clusters_table, dedupe_documents, dedupe_rows

logging.getLogger("jieba").setLevel(logging.WARNING)

SALES = [
    "负责展厅的日常管理工作，保持展厅整洁有序",
    "制定月度销售计划并分解到每位销售顾问",
    "组织销售人员参加厂家的产品知识培训",
    "跟踪潜在客户，定期回访并更新客户档案",
    "审核销售合同与价格折扣，控制销售费用",
    "完成上级领导交办的其他工作",
]
SALES_TW = [
    "負責展廳的日常管理工作，保持展廳整潔有序",
    "制定月度銷售計劃並分解到每位銷售顧問",
    "組織全體銷售人員參加廠家的產品知識培訓",
    "跟蹤潛在客戶，定期回訪並更新客戶檔案",
    "審核銷售合同與價格折扣，控制銷售費用",
    "完成上級領導交辦的其他工作",
]
SERVICE = [
    "热情接待来店客户，准确记录车辆故障并开具维修工单",
    "向客户解释维修项目与费用，取得客户确认",
    "跟踪维修进度，按时通知客户取车",
    "完成上级领导交办的其它任务",
    "热情接待来店客户，准确记录车辆故障并开具维修工单",   # repeated inside the page
]


def build(out_dir: Path, dedupe: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    import jieba

    docs = {
        "a1": ("https://zhize.example.com/xs/1.html", "销售经理", SALES),
        "a2": ("https://tw.example.org/p/88.html", "銷售經理", SALES_TW),
        "a3": ("https://preview.example.net/v?id=3", "销售经理", SALES[:3]),
        "b1": ("/data/raw/service.txt", "服务顾问", SERVICE),
    }
    rows = []
    for doc, (source, role, items) in docs.items():
        for i, duty in enumerate(items):
            rows.append({"row_id": f"{doc}-{i + 1}", "doc_id": doc, "source": source,
                         "role": "销售经理" if role == "銷售經理" else role, "role_raw": role,
                         "role_canonical": "销售经理" if role == "銷售經理" else role,
                         "section": "duty", "group": "", "seq": i + 1, "duty": duty,
                         "duty_raw": duty, "tokens": jieba.lcut(duty), "repairs": [],
                         "flags": [], "char_start": 0, "char_end": len(duty)})
    duties = pd.DataFrame(rows)
    documents = pd.DataFrame(
        [{"doc_id": d, "source": s, "encoding": "utf-8", "status": "ok", "error": None,
          "n_rows": len(items), "kind": "html"} for d, (s, _, items) in docs.items()]
        + [{"doc_id": "x1", "source": "/data/raw/broken.bin", "encoding": None,
            "status": "failed", "error": "undecodable: <no codec fits> & more", "n_rows": 0,
            "kind": None}])
    if dedupe:
        duties = dedupe_rows(duties)
        documents = dedupe_documents(documents, duties)
    write_dataset(duties, documents, out_dir)
    if dedupe:
        import pyarrow as pa

        table = pa.Table.from_pandas(clusters_table(duties), schema=pa.schema(CLUSTER_FIELDS),
                                     preserve_index=False)
        write_atomic(table, out_dir / "dedupe_clusters.parquet")
    return duties, documents
