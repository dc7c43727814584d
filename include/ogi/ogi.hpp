#pragma once
// ogi: the data of China's 政府信息公开工作年度报告 (Open Government Information annual reports).
#include "ogi/json.hpp"
#include "ogi/model/report.hpp"
#include "ogi/model/totals.hpp"
#include "ogi/render/csv.hpp"
#include "ogi/render/html.hpp"
#include "ogi/render/markdown.hpp"
#include "ogi/render/text.hpp"
#include "ogi/rules/catalogue.hpp"
#include "ogi/schema.hpp"
#include "ogi/sum.hpp"
#include "ogi/validate.hpp"
