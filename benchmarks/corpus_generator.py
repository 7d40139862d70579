"""A generated corpus for the store benchmarks: Chinese tech event recaps and talk summaries,
deterministic for a seed, about 1,000 quads per article once built.

    python benchmarks/corpus_generator.py OUTDIR [--documents 1000] [--seed 6]

Every name is composed from general parts - surnames and given-name characters, brand
syllables and organisation suffixes, topic words - never taken from an article, so the
corpus can be shared and grown at will. Entities are drawn from pools smaller than the
corpus needs, so that people, organisations and events recur across articles, as they do
in a real site's archive, and resolution has something to merge.

Each article has front matter (title, date, author, tags) and a body: the event with its
date and city, then one section per talk - the speaker introduced by a title chain
("星河科技 CTO、OpenLake 社区 PMC 张三", a quarter in a unit: "星河科技基础架构部") and the
talk's 《title》 - and a few sentences quoting the speaker. Each ``Article`` lists the names
it plants, to check extraction against (``benchmarks/store_queries.py`` does).
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁沈任姚卢钟汪") + ["欧阳", "司马", "上官"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娟建文辉力宁欣晨思远雨桐晓峰子涵浩然一鸣嘉怡梓萱宇航俊熙")
BRAND = list("星辰云栖青禾北极光启明蓝鲸海螺飞象墨羽银河天穹鲲鹏沧澜赤焰灵犀晨曦九章紫荆翠微")
INDUSTRY = ["科技", "数据", "网络", "智能", "软件", "信息"]
COMPANY_TAIL = ["", "", "", "集团", "有限公司"]
LATIN = ["Open", "Nova", "Flux", "Apex", "Cloud", "Data", "Hyper", "Quantum", "Stream", "Vector"]
LATIN_TAIL = ["Lake", "Mesh", "Base", "Flow", "Stack", "Graph", "Hub", "Scope", "Forge", "Lens"]
UNITS = ["基础架构部", "研发部", "技术部", "云计算事业部", "数据平台部"]
UNIVERSITY_PLACE = ["华东", "华南", "西北", "东北", "中南", "西南"]
UNIVERSITY_TAIL = ["理工大学", "科技大学", "师范大学", "工业大学"]
TITLES = ["CTO", "CEO", "首席架构师", "技术总监", "技术专家", "高级工程师", "研究员", "产品经理",
          "架构师", "技术负责人", "副总裁", "联合创始人"]
COMMUNITY_TITLES = ["PMC", "Committer", "TVP", "MVP", "发起人", "维护者"]
ACADEMIC_TITLES = ["教授", "副教授", "博士生导师", "副院长"]
EVENT_KINDS = ["Meetup", "技术沙龙", "开发者大会", "技术峰会", "开发者沙龙"]
CITIES = ["北京", "上海", "杭州", "深圳", "成都", "南京", "武汉", "西安", "广州", "苏州"]
TOPIC_HEADS = ["分布式", "实时", "云原生", "开源", "智能", "边缘", "向量", "时序", "湖仓", "异构"]
TOPIC_NOUNS = ["数据库", "存储", "计算", "调度", "可观测性", "检索", "推理", "网关", "编排", "安全"]
TALK_VERBS = ["实践", "演进", "探索", "落地", "优化", "设计与实现", "架构解析", "踩坑记录"]
TALK_OPENERS = ["从零构建", "大规模", "面向未来的", "高可用", "低成本", "一站式"]
FILLER = [
    "他首先回顾了团队在过去三年里遇到的主要挑战，包括容量规划、故障定位和成本控制。",
    "随着业务规模持续扩大，原有架构在扩展性和稳定性上都暴露出明显的瓶颈。",
    "团队最终选择了分层解耦的方案，把计算和存储拆开，各自按需扩缩容。",
    "在落地过程中，灰度发布和自动回滚机制发挥了关键作用，线上事故明显减少。",
    "最后，他分享了对下一阶段技术路线的思考，并回答了现场观众的提问。",
    "这一方案已经在生产环境稳定运行一年多，支撑了数十个核心业务。",
]


@dataclass
class Speaker:
    """A person of the pool with the affiliations that introduce them."""

    name: str
    roles: list[tuple[str, str]]          # (organisation, title), the chain's order


@dataclass
class Article:
    """One generated article and what it plants."""

    path: str
    text: str
    persons: set[str] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)
    talks: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)


class CorpusGenerator:
    """Pools of people, organisations, events and topics, and articles drawn from them."""

    def __init__(self, seed: int = 6, people: int = 4000, companies: int = 600, events: int = 300) -> None:
        self.random = random.Random(seed)
        self.companies = self._unique(companies, self._company)
        self.communities = self._unique(60, self._community)   # of 100 Latin pairs
        self.universities = [p + t for p in UNIVERSITY_PLACE for t in UNIVERSITY_TAIL]
        self.speakers = [self._speaker(name) for name in self._unique(people, self._person)]
        self.events = self._unique(events, self._event)
        self.topics = [h + n for h in TOPIC_HEADS for n in TOPIC_NOUNS]

    def _unique(self, count: int, make) -> list[str]:
        seen: dict[str, None] = {}
        while len(seen) < count:
            seen.setdefault(make(), None)
        return list(seen)

    def _person(self) -> str:
        r = self.random
        return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2, 2))))

    def _company(self) -> str:
        r = self.random
        return r.choice(BRAND) + r.choice(BRAND) + r.choice(INDUSTRY) + r.choice(COMPANY_TAIL)

    def _community(self) -> str:
        return f"{self.random.choice(LATIN)}{self.random.choice(LATIN_TAIL)} 社区"

    def _event(self) -> str:
        r = self.random
        if r.random() < 0.5:
            return f"{r.choice(LATIN)}{r.choice(LATIN_TAIL)} {r.choice(EVENT_KINDS)}"
        return f"「{r.choice(BRAND)}{r.choice(BRAND)}开放日」{r.choice(EVENT_KINDS)}"   # a quoted Chinese series

    def _speaker(self, name: str) -> Speaker:
        r = self.random
        if r.random() < 0.15:
            roles = [(r.choice(self.universities), r.choice(ACADEMIC_TITLES))]
        else:
            company = r.choice(self.companies)
            # a unit of the company: "星河科技基础架构部 技术专家"
            roles = [(company + r.choice(UNITS) if r.random() < 0.25 else company, r.choice(TITLES))]
        if r.random() < 0.5:
            roles.append((r.choice(self.communities), r.choice(COMMUNITY_TITLES)))
        return Speaker(name, roles)

    def _talk_title(self, topic: str) -> str:
        r = self.random
        return f"{r.choice(TALK_OPENERS)}{topic}的{r.choice(TALK_VERBS)}"

    def article(self, number: int) -> Article:
        """The article of this number: an event recap with 8 to 13 talks."""
        r = self.random
        event, city = r.choice(self.events), r.choice(CITIES)
        year, month, day = r.choice((2021, 2022, 2023, 2024)), r.randint(1, 12), r.randint(1, 28)
        topics = r.sample(self.topics, 4)
        speakers = r.sample(self.speakers, r.randint(8, 13))
        author = r.choice(self.speakers).name
        title = f"{event} {city}站回顾：{topics[0]}与{topics[1]}"
        article = Article(f"{year}/recap-{number:05d}.md", "", events={event})
        lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}",
                 f"date: {year}-{month:02d}-{day:02d}", f"author: {json.dumps(author, ensure_ascii=False)}",
                 f"tags: {json.dumps(topics[:3], ensure_ascii=False)}", "---", "",
                 f"{year} 年 {month} 月 {day} 日，{event}在{city}举行，近三百位开发者来到现场，"
                 f"围绕{topics[0]}、{topics[1]}和{topics[2]}展开了深入交流。", ""]
        for speaker in speakers:
            talk = self._talk_title(r.choice(topics))
            chain = "、".join(f"{o} {t}" for o, t in speaker.roles)
            article.persons.add(speaker.name)
            article.organizations.update(o for o, _ in speaker.roles)
            article.organizations.update(o[:-len(u)] for o, _ in speaker.roles for u in UNITS if o.endswith(u))
            article.talks.add(talk)
            lines += [f"## {talk}", ""]
            if r.random() < 0.5:
                lines.append(f"{chain} {speaker.name}带来了《{talk}》的主题演讲。")
            else:
                lines.append(f"随后，{chain} {speaker.name}发表了题为《{talk}》的演讲。")
            lines += ["", "".join(r.sample(FILLER, 3)),
                      f"{speaker.name}表示，{r.choice(topics)}的关键在于把复杂度留给平台，把简单留给业务。", ""]
        hosts = (r.choice(self.companies), r.choice(self.communities))
        article.organizations.update(hosts)
        lines.append(f"本次活动由{hosts[0]}与{hosts[1]}联合主办。")
        article.text = "\n".join(lines) + "\n"
        return article


def generate(folder: str | Path, documents: int = 1000, seed: int = 6) -> list[Article]:
    """Write ``documents`` articles under ``folder``; the same seed writes the same bytes."""
    generator = CorpusGenerator(seed)
    articles = [generator.article(n) for n in range(documents)]
    for article in articles:
        target = Path(folder) / article.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(article.text, encoding="utf-8")
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=6)
    options = parser.parse_args()
    articles = generate(options.folder, options.documents, options.seed)
    print(f"{len(articles)} articles, {sum(len(a.text.encode()) for a in articles) / 1e6:.2f} MB in {options.folder}")


if __name__ == "__main__":
    main()
